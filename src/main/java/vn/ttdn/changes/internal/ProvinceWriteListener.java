package vn.ttdn.changes.internal;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;
import vn.ttdn.changes.ProvinceData;

/**
 * Counts every insert, update and delete of a {@link ProvinceData} entity, and every change of a collection such an
 * entity owns (an agency's aliases), as a change of its province. Writes that bypass the persistence context (SQL)
 * call {@link vn.ttdn.changes.DataChanges#changed} themselves.
 */
@Component
class ProvinceWriteListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private final DataVersions versions;

    ProvinceWriteListener(DataVersions versions, EntityManagerFactory emf) {
        this.versions = versions;
        var listeners = emf.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry();
        listeners.appendListeners(EventType.POST_INSERT, this);
        listeners.appendListeners(EventType.POST_UPDATE, this);
        listeners.appendListeners(EventType.POST_DELETE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        listeners.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        written(event.getSession(), event.getEntity());
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collection(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collection(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collection(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private void collection(AbstractCollectionEvent event) {
        written(event.getSession(), event.getAffectedOwnerOrNull());
    }

    private void written(SharedSessionContractImplementor session, Object entity) {
        if (entity instanceof ProvinceData data && data.changesData()) {
            versions.changedIn(session, data.provinceId());
        }
    }
}
