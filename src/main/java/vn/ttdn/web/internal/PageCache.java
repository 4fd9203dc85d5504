package vn.ttdn.web.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import vn.ttdn.changes.DataVersion;

/**
 * Pages rendered for a user, kept until the data they show changes. A key names everything a page is built from:
 * the state of the data of the provinces the user reads ({@link DataVersion}: a change in another province leaves the
 * page standing), the day (overdue depends on it), the user (her scope, roles and name in the menu), the address with
 * its query and the language. Entries of an older state of a scope can never be asked for again, so they are dropped
 * as soon as a newer one of that scope is stored; the rest is bounded by bytes, least recently used first.
 *
 * <p>When a change empties the cache, everyone who had a page open asks for it again at once: the first request
 * renders it and the others wait for that page instead of rendering it too.
 */
final class PageCache {

    record Key(DataVersion dataVersion, LocalDate day, Object user, String address, String language) {

        /** A key of national scope, at this version. */
        Key(long dataVersion, LocalDate day, Object user, String address, String language) {
            this(new DataVersion(DataVersion.EVERY_PROVINCE, dataVersion), day, user, address, language);
        }
    }

    private static final long WAIT_SECONDS = 10;

    private final long maxBytes;
    private final LinkedHashMap<Key, RenderedPage> entries = new LinkedHashMap<>(256, 0.75f, true);
    private final ConcurrentHashMap<Key, CompletableFuture<RenderedPage>> rendering = new ConcurrentHashMap<>();
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong renders = new AtomicLong();
    private long bytes;
    private final Map<Object, Long> newestByScope = new HashMap<>();

    PageCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The page for this key, stored or being rendered by another request right now (then waited for). Null means
     * the caller renders it, and must then call {@link #rendered} with the page, or null if it cannot be kept.
     */
    RenderedPage getOrClaim(Key key) {
        RenderedPage page = stored(key);
        if (page != null) {
            return page;
        }
        CompletableFuture<RenderedPage> claim = new CompletableFuture<>();
        CompletableFuture<RenderedPage> other = rendering.putIfAbsent(key, claim);
        if (other == null) {
            return null;
        }
        try {
            page = other.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
        if (page != null) {
            hits.incrementAndGet();
        }
        return page;
    }

    /** Stores what a claimant rendered (nothing if null) and hands it to the requests waiting for it. */
    void rendered(Key key, RenderedPage page) {
        renders.incrementAndGet();
        if (page != null) {
            store(key, page);
        }
        CompletableFuture<RenderedPage> claim = rendering.remove(key);
        if (claim != null) {
            claim.complete(page);
        }
    }

    private synchronized RenderedPage stored(Key key) {
        RenderedPage page = entries.get(key);
        if (page != null) {
            hits.incrementAndGet();
        }
        return page;
    }

    private synchronized void store(Key key, RenderedPage page) {
        Object scope = key.dataVersion().scope();
        long version = key.dataVersion().number();
        long newest = newestByScope.getOrDefault(scope, Long.MIN_VALUE);
        if (version < newest || page.length() > maxBytes / 4) {
            return;
        }
        if (version > newest) {
            newestByScope.put(scope, version);
            dropOlderThan(scope, version);
        }
        RenderedPage previous = entries.put(key, page);
        bytes += page.length() - (previous == null ? 0 : previous.length());
        for (Iterator<RenderedPage> eldest = entries.values().iterator(); bytes > maxBytes && eldest.hasNext(); ) {
            bytes -= eldest.next().length();
            eldest.remove();
        }
    }

    private void dropOlderThan(Object scope, long version) {
        for (Iterator<Map.Entry<Key, RenderedPage>> it = entries.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Key, RenderedPage> entry = it.next();
            DataVersion stored = entry.getKey().dataVersion();
            if (stored.scope().equals(scope) && stored.number() < version) {
                bytes -= entry.getValue().length();
                it.remove();
            }
        }
    }

    /** Requests answered from memory, including those that waited for another's rendering. */
    long hits() {
        return hits.get();
    }

    /** Requests that rendered the page themselves. */
    long renders() {
        return renders.get();
    }

    synchronized int size() {
        return entries.size();
    }
}
