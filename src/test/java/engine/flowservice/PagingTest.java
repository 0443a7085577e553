package engine.flowservice;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PagingTest {

  @RegisterExtension static WireMockExtension server = Targets.wireMock();

  private static final String FLOWS = Targets.path("flows");

  @Test
  void followsEveryFormOfNextLinkAndAccumulatesItems() {
    Targets.stubToken(server, Targets.TOKEN);
    page(null, "{\"id\":\"a\"}", "/flows?continuationToken=t1");
    page("t1", "{\"id\":\"b\"}", Targets.FLOW_SERVICE + "/flows?continuationToken=t2");
    page(
        "t2",
        "{\"id\":\"c\"}",
        server.baseUrl() + Targets.FLOW_SERVICE + "/flows?continuationToken=t3");
    page("t3", "{\"id\":\"d\"}", null);

    List<ObjectNode> items;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      items = client.list(Collection.FLOWS, List.of());
    }

    assertEquals(
        List.of("a", "b", "c", "d"),
        items.stream().map(item -> item.path("id").asText()).toList(),
        "relative to the base path, from the gateway root, and absolute");
  }

  @Test
  void sendsEachFilterAsItsOwnPropertyParameter() {
    Targets.stubToken(server, Targets.TOKEN);
    server.stubFor(get(urlPathEqualTo(FLOWS)).willReturn(okJson("{\"items\":[]}")));
    List<String> filters =
        List.of(
            "inheritedAttributes.properties.isDestinationFlow==true",
            "transformations[].params.segmentSelectors.selectors[].value.id==s1,s2",
            "name==orders & more");

    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      client.list(Collection.FLOWS, filters);
    }

    server.verify(
        getRequestedFor(urlPathEqualTo(FLOWS))
            .withQueryParam("limit", equalTo("100"))
            .withQueryParam("property", havingExactly(filters.toArray(String[]::new))));
    String url = server.getAllServeEvents().get(0).getRequest().getUrl();
    assertTrue(url.contains("property=name==orders%20%26%20more"), "== stays readable: " + url);
    assertTrue(url.contains("%5B%5D"), "brackets are encoded: " + url);
  }

  @Test
  void aNextLinkThatLoopsIsStopped() {
    Targets.stubToken(server, Targets.TOKEN);
    page(null, "{\"id\":\"a\"}", "/flows?continuationToken=t1");
    page("t1", "{\"id\":\"b\"}", "/flows?continuationToken=t1");

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(FlowServiceException.class, () -> client.list(Collection.FLOWS, List.of()));
    }

    assertTrue(error.getMessage().contains("endless loop"), error.getMessage());
  }

  @Test
  void aNextLinkToAnotherServerIsRefused() {
    Targets.stubToken(server, Targets.TOKEN);
    page(null, "{\"id\":\"a\"}", "https://elsewhere.example/flows?continuationToken=t1");

    FlowServiceException error;
    try (HttpFlowServiceClient client = Targets.open(Targets.adobe(server), new RecordingPause())) {
      error =
          assertThrows(FlowServiceException.class, () -> client.list(Collection.FLOWS, List.of()));
    }

    assertTrue(error.getMessage().contains("another server"), "the token stays home");
  }

  private void page(String token, String item, String next) {
    String links = next == null ? "" : ",\"_links\":{\"next\":{\"href\":\"" + next + "\"}}";
    server.stubFor(
        get(urlPathEqualTo(FLOWS))
            .withQueryParam("continuationToken", token == null ? absent() : equalTo(token))
            .willReturn(okJson("{\"items\":[" + item + "]" + links + "}")));
  }
}
