package engine.flowservice;

/**
 * What Flow Service answers after a write: the resource id and its new etag, exactly as the server
 * spelled it (with or without quotes).
 */
public record Written(String id, String etag) {}
