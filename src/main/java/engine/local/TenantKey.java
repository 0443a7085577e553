package engine.local;

/** The organization and sandbox a resource lives in; data never crosses from one to another. */
record TenantKey(String imsOrgId, String sandboxName) {}
