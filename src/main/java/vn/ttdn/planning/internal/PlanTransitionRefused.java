package vn.ttdn.planning.internal;

/**
 * A change the plan refuses in its current state. It names the form field and the message key (planning bundles);
 * the service words it in the reader's language, so that the entity needs no Spring.
 */
class PlanTransitionRefused extends RuntimeException {

    final String field;
    final String key;

    PlanTransitionRefused(String field, String key) {
        super(key);
        this.field = field;
        this.key = key;
    }
}
