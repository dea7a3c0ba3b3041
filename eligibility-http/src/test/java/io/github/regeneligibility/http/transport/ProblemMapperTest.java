package io.github.regeneligibility.http.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.regeneligibility.http.contract.MediaTypes;
import io.github.regeneligibility.model.Problem;
import io.github.regeneligibility.model.ProblemCode;
import io.github.regeneligibility.model.Text;
import io.github.regeneligibility.model.ValidityCode;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The one mapper from failures to answers, on a bare Javalin: a problem that cannot be written is
 * still answered as a problem, never with the server's own error page.
 */
final class ProblemMapperTest {

  /** A problem whose message cannot be rendered: what no input can make, but a bug could. */
  private static final Problem UNWRITABLE =
      new Problem() {
        @Override
        public String getPath() {
          return "projectName";
        }

        @Override
        public Optional<String> getFile() {
          return Optional.empty();
        }

        @Override
        public Optional<String> getCell() {
          return Optional.empty();
        }

        @Override
        public ProblemCode getCode() {
          return ValidityCode.PROJECT_NAME_BLANK;
        }

        @Override
        public Text getText() {
          throw new IllegalStateException("this problem's message cannot be rendered");
        }
      };

  @Test
  void handle_problemThatCannotBeWritten_isTheGeneric500Problem() throws Exception {
    ProblemMapper mapper = new ProblemMapper();
    Javalin app =
        Javalin.create(
            config -> {
              config.startup.showJavalinBanner = false;
              config.routes.get(
                  "/broken",
                  ctx -> {
                    throw new ProblemException(
                        ProblemDetails.invalidApplication(List.of(UNWRITABLE)));
                  });
              config.routes.exception(Exception.class, mapper::handle);
            });
    app.start(0);
    try {
      HttpResponse<String> response = get(app.port(), "/broken");

      assertThat(response.statusCode()).isEqualTo(500);
      assertThat(response.headers().firstValue("Content-Type")).contains(MediaTypes.PROBLEM_JSON);
      assertThat(response.body())
          .isEqualTo(
              "{\"type\":\"https://regen-eligibility.github.io/problems/internal-error\","
                  + "\"title\":\"Internal server error\",\"status\":500,\"detail\":\"The service"
                  + " failed unexpectedly; the failure has been logged. Try again later.\"}");
    } finally {
      app.stop();
    }
  }

  private static HttpResponse<String> get(int port, String path)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
