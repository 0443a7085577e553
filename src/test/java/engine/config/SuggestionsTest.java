package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> DESTINATION_KEYS =
      List.of("type", "name", "description", "enabled", "account", "stream", "eventHub");

  @Test
  void suggestsTheKeyOneTypoAway() {
    Optional<String> suggestion = Suggestions.nearest("descripton", DESTINATION_KEYS);

    assertEquals(Optional.of("description"), suggestion);
  }

  @Test
  void ignoresCaseHyphensAndUnderscores() {
    Optional<String> suggestion = Suggestions.nearest("event_hub", DESTINATION_KEYS);

    assertEquals(Optional.of("eventHub"), suggestion);
  }

  @Test
  void suggestsNothingForAnUnrelatedWord() {
    Optional<String> suggestion = Suggestions.nearest("partition", DESTINATION_KEYS);

    assertEquals(Optional.empty(), suggestion, "a far-fetched suggestion would mislead");
  }

  @Test
  void countsEditsLikeLevenshtein() {
    int distance = Suggestions.distance("kitten", "sitting");

    assertEquals(3, distance);
  }
}
