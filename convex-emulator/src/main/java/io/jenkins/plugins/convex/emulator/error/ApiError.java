package io.jenkins.plugins.convex.emulator.error;

/**
 * A refusal the emulator answers with {@code {"code", "message"}} and an HTTP status. Messages name
 * the field and the bad value, never a token or key.
 */
public final class ApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    public ApiError(int status, String code, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static ApiError badRequest(String code, String message) {
        return new ApiError(400, code, message);
    }

    public static ApiError missingField(String field) {
        return badRequest("MissingField", "Missing required field '" + field + "'");
    }

    public static ApiError invalidField(String field, Object value, String allowed) {
        return badRequest("InvalidField", "Field '" + field + "' has invalid value " + quoted(value) + ": expected " + allowed);
    }

    public static ApiError unauthorized() {
        return new ApiError(401, "Unauthorized", "Missing or unknown bearer token in the Authorization header");
    }

    public static ApiError notFound(String code, String message) {
        return new ApiError(404, code, message);
    }

    public static ApiError methodNotAllowed(String method, String path) {
        return new ApiError(405, "MethodNotAllowed", "Method " + method + " is not allowed on " + path);
    }

    private static String quoted(Object value) {
        if (value == null) {
            return "null";
        }
        String text = String.valueOf(value);
        if (text.length() > 80) {
            text = text.substring(0, 80) + "...";
        }
        return "'" + text + "'";
    }
}
