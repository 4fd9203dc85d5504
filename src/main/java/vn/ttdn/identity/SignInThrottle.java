package vn.ttdn.identity;

/** Whether sign-in from a client address is being slowed down after failed attempts, for the login page to say so. */
public interface SignInThrottle {

    /** The address as the servlet container sees it ({@code request.getRemoteAddr()}). */
    boolean throttled(String clientAddress);
}
