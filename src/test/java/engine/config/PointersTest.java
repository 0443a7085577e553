package engine.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PointersTest {

  @Test
  void rendersPointersAsDottedPathsWithIndexes() {
    String pointer =
        Pointers.child(Pointers.child(Pointers.child("", "activations"), 0), "audiences");

    String label = Pointers.label(Pointers.child(pointer, 1));

    assertEquals("`activations[0].audiences[1]`", label);
  }

  @Test
  void escapesSlashAndTildeInKeys() {
    String pointer = Pointers.child("/destinations", "a/b~c");

    assertEquals("/destinations/a~1b~0c", pointer);
    assertEquals("a/b~c", Pointers.lastSegment(pointer), "the segment reads back as written");
    assertEquals("/destinations", Pointers.parent(pointer));
  }

  @Test
  void callsTheRootTheFile() {
    String label = Pointers.label(Pointers.ROOT);

    assertEquals("the file", label);
  }
}
