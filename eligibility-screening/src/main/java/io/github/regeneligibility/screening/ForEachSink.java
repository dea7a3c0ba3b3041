package io.github.regeneligibility.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Hands each record's outcome to an action, in input order, on the calling thread; the workers
 * screen the parts.
 */
final class ForEachSink implements Pipeline.Sink<List<Screened>> {
  private final Screener screener;
  private final Consumer<? super Screened> action;

  ForEachSink(Screener screener, Consumer<? super Screened> action) {
    this.screener = screener;
    this.action = action;
  }

  @Override
  public List<Screened> answer(long before, List<Entry> records) {
    List<Screened> part = new ArrayList<>(records.size());
    for (Entry record : records) {
      part.add(screener.screen(record));
    }
    return part;
  }

  @Override
  public void take(List<Screened> part) {
    part.forEach(action);
  }

  @Override
  public void cut(Screened record, Throwable cause) throws CutInputException {
    screener.listener().screened(record);
    action.accept(record);
    throw new CutInputException(record.number(), cause);
  }

  @Override
  public void end() {}

  @Override
  public void flush() {}
}
