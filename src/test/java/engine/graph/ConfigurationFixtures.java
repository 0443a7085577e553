package engine.graph;

import engine.config.AccountSpec;
import engine.config.ActivationSpec;
import engine.config.AttributeSpec;
import engine.config.AudienceSpec;
import engine.config.Configuration;
import engine.config.DestinationSpec;
import engine.config.DestinationType;
import engine.config.SecretRef;
import engine.config.SourcePosition;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Small configurations built in code, for tests that do not need YAML. */
public final class ConfigurationFixtures {

  private ConfigurationFixtures() {}

  public static SourcePosition at(int line) {
    return new SourcePosition(Path.of("test.yaml"), line, 3);
  }

  public static DestinationSpec kinesis(String key, int line) {
    AccountSpec account =
        new AccountSpec(
            Map.of("accessKeyId", "AKIAEXAMPLE", "region", "us-east-1"),
            Map.of("secretKey", new SecretRef(SecretRef.Source.ENV, "KINESIS_SECRET")),
            1,
            at(line + 4));
    return new DestinationSpec(
        key,
        DestinationType.AMAZON_KINESIS,
        "Kinesis " + key,
        "",
        true,
        account,
        Map.of("stream", key + "-stream", "region", "us-east-1"),
        "",
        at(line));
  }

  public static DestinationSpec eventHubs(String key, int line) {
    AccountSpec account =
        new AccountSpec(
            Map.of("sasKeyName", "sender", "namespace", "acme"),
            Map.of("sasKey", new SecretRef(SecretRef.Source.ENV, "SAS_KEY")),
            1,
            at(line + 4));
    return new DestinationSpec(
        key,
        DestinationType.AZURE_EVENT_HUBS,
        "Event Hubs " + key,
        "",
        true,
        account,
        Map.of("eventHubName", key),
        "",
        at(line));
  }

  public static ActivationSpec activation(
      String destination, int line, List<String> audiences, List<String> attributes) {
    return new ActivationSpec(
        destination,
        audiences.stream().map(id -> new AudienceSpec(id, "", at(line + 1))).toList(),
        attributes.stream().map(p -> new AttributeSpec(p, at(line + 2))).toList(),
        at(line));
  }

  public static Configuration configuration(
      List<DestinationSpec> destinations, List<ActivationSpec> activations) {
    return new Configuration("prod", destinations, activations);
  }

  public static DesiredState resolve(Configuration configuration) {
    DesiredResult result = DesiredStateBuilder.build(configuration);
    if (result instanceof DesiredResult.Resolved resolved) {
      return resolved.state();
    }
    throw new AssertionError("fixture does not resolve: " + result);
  }
}
