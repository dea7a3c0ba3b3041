package io.github.regeneligibility.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Splitter;
import io.github.regeneligibility.model.ApplicationForm;
import io.github.regeneligibility.model.FieldLabel;
import io.github.regeneligibility.model.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every Chinese text the project shows follows the glossary ({@code GLOSSARY.md}): no code, no JSON
 * field name, no ASCII punctuation between Chinese characters, no term the glossary replaces. The
 * texts are read from the sources of every module, whatever the package of the class that reads
 * them: each {@code *_zh_CN.properties} under {@code src/main/resources}, every other properties
 * value there that holds Chinese (the command-line help), the page's template, the Chinese strings
 * of the page's script, and the Chinese labels of the fields a problem names.
 */
final class ChineseTextsTest {

  private static final Path ROOT = Path.of(System.getProperty("regen.root", ".."));
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{?[A-Za-z_:]+}}?");
  private static final Pattern TYPED =
      Pattern.compile("(?<![A-Za-z0-9_])(?:/[A-Za-z0-9_./-]+|--[a-z-]+)");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final Pattern ASCII_BETWEEN_CHINESE =
      Pattern.compile("\\p{IsHan} ?[,.:;!?()\\[\\]\"'] ?\\p{IsHan}");
  private static final Pattern ASCII_AFTER_CHINESE = Pattern.compile("\\p{IsHan}[,:;!?]");
  private static final Pattern SCRIPT_STRING =
      Pattern.compile("'([^'\\n]*)'|\"([^\"\\n]*)\"|`([^`]*)`");
  private static final Pattern CODE_KEY = Pattern.compile("(?:[A-Za-z]+\\.)?([A-Z][A-Z0-9_]+)");

  /** The terms the glossary replaces, each with the term to use instead. */
  private static final Map<Pattern, String> REPLACED =
      Map.ofEntries(
          Map.entry(Pattern.compile("符合条件"), "产业化项目 (ELIGIBLE), 不予引进 (INELIGIBLE)"),
          Map.entry(Pattern.compile("优先引进"), "重点引进项目"),
          Map.entry(Pattern.compile("门槛"), "准入条件 (gate) or 合格分数线 (threshold)"),
          Map.entry(Pattern.compile("原创研发"), "原研原创企业"),
          Map.entry(Pattern.compile("主领域"), "主要领域"),
          Map.entry(Pattern.compile("注册路径"), "申报路径"),
          Map.entry(Pattern.compile("企业来源|来源"), "企业性质"),
          Map.entry(Pattern.compile("企业角色|产业链角色"), "企业类型"),
          Map.entry(Pattern.compile("已获临床研究批准"), "已取得临床研究批件"),
          Map.entry(Pattern.compile("早期临床试验"), "I 期临床试验"),
          Map.entry(Pattern.compile("关键性临床试验"), "II–III 期临床试验"),
          Map.entry(Pattern.compile("已获上市批准"), "已取得药品注册证书"),
          Map.entry(Pattern.compile("上市销售"), "已上市"),
          Map.entry(Pattern.compile("已提交临床申请|已提交上市申请"), "已提交临床试验申请, 已提交上市注册申请"),
          Map.entry(Pattern.compile("境内|境外"), "内资, 外资"),
          Map.entry(Pattern.compile("(?<!中外)合资"), "中外合资"),
          Map.entry(Pattern.compile("(?<!早期)发现研究"), "早期发现研究"),
          Map.entry(Pattern.compile("(?<!研发)成熟度"), "研发成熟度"),
          Map.entry(Pattern.compile("申请方"), "申请单位"),
          Map.entry(Pattern.compile("年数"), "距产业化年限"),
          Map.entry(Pattern.compile("未通过"), "不满足 (a gate)"),
          Map.entry(Pattern.compile("其他再生医学(?!领域)"), "其他再生医学领域"),
          Map.entry(Pattern.compile("(?<!非)再生医学属于再生医学"), "所属领域“…”在园区引进范围之内"));

  /** The codes of the vocabulary, reasons and problems, and the JSON field names of the wire. */
  private static Set<String> codes = new TreeSet<>();

  private static Set<String> fields = new TreeSet<>();

  @BeforeAll
  static void readCodesAndFields() throws IOException {
    for (Path file : resources(name -> name.endsWith("_en.properties"))) {
      for (String key : properties(file).stringPropertyNames()) {
        Matcher code = CODE_KEY.matcher(key);
        if (code.matches()) {
          codes.add(code.group(1));
        }
      }
    }
    fields.addAll(ApplicationForm.FIELDS);
    for (Path file : resources(name -> name.equals("openapi.json"))) {
      collectProperties(new ObjectMapper().readTree(file.toFile()), fields);
    }
  }

  private static void collectProperties(JsonNode node, Set<String> names) {
    if (node.isObject()) {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fieldNames().forEachRemaining(names::add);
      }
    }
    for (JsonNode child : node) {
      collectProperties(child, names);
    }
  }

  @Test
  void codesAndFields_areRead() {
    assertThat(codes).contains("ELIGIBLE", "STEM_CELLS", "ROLE_REQUIRED", "SCOPE_FOCUS_SECTOR");
    assertThat(fields).contains("primarySector", "yearsToIndustrialization", "tier", "errors");
  }

  @Test
  void everyChineseText_followsTheGlossary() throws IOException {
    Map<String, String> texts = texts();
    assertThat(texts).hasSizeGreaterThan(200);
    List<String> faults = new ArrayList<>();
    texts.forEach((where, text) -> faults(text).forEach(fault -> faults.add(where + ": " + fault)));
    assertThat(faults).isEmpty();
  }

  @Test
  void faults_findWhatTheGlossaryForbids() {
    assertThat(faults("缺少 role（角色）：INNOVATOR、MANUFACTURER")).hasSize(3);
    assertThat(faults("不符合条件：得分低于门槛。")).hasSize(2);
    assertThat(faults("主要领域,干细胞")).singleElement().asString().contains("ASCII");
    assertThat(faults("排序:")).singleElement().asString().contains("ASCII");
    assertThat(faults("{sector}属于再生医学")).isEmpty();
    assertThat(faults("其他再生医学属于再生医学")).isNotEmpty();
    assertThat(faults("“sectors[1]”重复出现。")).singleElement().asString().contains("sectors");
    assertThat(faults("见 GET /v1/policy/editions 或 --cohort。")).isEmpty();
    assertThat(faults("主要领域“基因工程”属于重点领域：得 30 分（满分 30 分）。")).isEmpty();
    assertThat(faults("多个所属领域以“、”或“;”分隔，CDMO、CRO 等技术服务机构。")).isEmpty();
  }

  /**
   * Returns what is wrong with {@code text}, a Chinese text; nothing for a text with no Chinese.
   */
  static List<String> faults(String text) {
    List<String> faults = new ArrayList<>();
    if (!HAN.matcher(text).find()) {
      return faults;
    }
    // A route (/v1/policy/editions) or a command-line option (--cohort) is typed as it is.
    String words = TYPED.matcher(PLACEHOLDER.matcher(text).replaceAll("")).replaceAll("");
    Matcher word = WORD.matcher(words);
    while (word.find()) {
      if (codes.contains(word.group())) {
        faults.add("the code " + word.group() + " in \"" + text + "\"");
      } else if (fields.contains(word.group())) {
        faults.add("the JSON field name " + word.group() + " in \"" + text + "\"");
      }
    }
    for (Pattern punctuation : List.of(ASCII_BETWEEN_CHINESE, ASCII_AFTER_CHINESE)) {
      Matcher found = punctuation.matcher(words);
      if (found.find()) {
        faults.add("ASCII punctuation \"" + found.group() + "\" in \"" + text + "\"");
        break;
      }
    }
    REPLACED.forEach(
        (term, instead) -> {
          Matcher found = term.matcher(words);
          if (found.find()) {
            faults.add(
                "the replaced term " + found.group() + " (" + instead + ") in \"" + text + "\"");
          }
        });
    return faults;
  }

  /** Every Chinese text, keyed by where it is. */
  private static Map<String, String> texts() throws IOException {
    Map<String, String> texts = new java.util.TreeMap<>();
    for (Path file : resources(name -> name.endsWith(".properties"))) {
      Properties properties = properties(file);
      boolean chinese = file.getFileName().toString().endsWith("_zh_CN.properties");
      for (String key : properties.stringPropertyNames()) {
        String value = properties.getProperty(key);
        if (chinese || HAN.matcher(value).find()) {
          texts.put(ROOT.relativize(file) + " " + key, value);
        }
      }
    }
    for (Path file : resources(name -> name.equals("index.html"))) {
      String html = Files.readString(file, StandardCharsets.UTF_8);
      String text = html.replaceAll("(?s)<script.*?</script>", "").replaceAll("<[^>]*>", "\n");
      int line = 0;
      for (String each : Splitter.on('\n').split(text)) {
        line++;
        if (!each.isBlank()) {
          texts.put(ROOT.relativize(file) + " text " + line, each.strip());
        }
      }
    }
    for (Path file : resources(name -> name.endsWith(".js"))) {
      Matcher literal = SCRIPT_STRING.matcher(Files.readString(file, StandardCharsets.UTF_8));
      while (literal.find()) {
        String value =
            Stream.of(literal.group(1), literal.group(2), literal.group(3))
                .filter(group -> group != null)
                .findFirst()
                .orElse("");
        if (HAN.matcher(value).find()) {
          texts.put(ROOT.relativize(file) + " at " + literal.start(), value);
        }
      }
    }
    for (String field : ApplicationForm.FIELDS) {
      texts.put("the label of " + field, FieldLabel.of(field).in(Language.CHINESE));
      texts.put("the label of " + field + "[2]", FieldLabel.of(field + "[2]").in(Language.CHINESE));
    }
    return texts;
  }

  private static List<Path> resources(java.util.function.Predicate<String> name)
      throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      List<Path> found = new ArrayList<>();
      Iterator<Path> each = files.iterator();
      while (each.hasNext()) {
        Path file = each.next();
        String path = file.toString().replace('\\', '/');
        if (path.contains("/src/main/resources/")
            && !path.contains("/target/")
            && name.test(file.getFileName().toString())) {
          found.add(file);
        }
      }
      return found;
    }
  }

  private static Properties properties(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    }
    return properties;
  }
}
