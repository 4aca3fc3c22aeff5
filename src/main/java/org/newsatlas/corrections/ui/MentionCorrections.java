package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.newsatlas.base.ui.MentionTools;
import org.newsatlas.corrections.CorrectionService;
import org.newsatlas.corrections.Undo;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.security.Permissions;

/** Offers the reader a correction panel for each mention. */
@SpringComponent
class MentionCorrections implements MentionTools {

    private final MentionEdits mentions;
    private final PlaceRecords places;
    private final CorrectionService corrections;
    private final Undo undo;
    private final Geoparser geoparser;
    private final Permissions permissions;

    MentionCorrections(MentionEdits mentions, PlaceRecords places, CorrectionService corrections, Undo undo,
                       Geoparser geoparser, Permissions permissions) {
        this.mentions = mentions;
        this.places = places;
        this.corrections = corrections;
        this.undo = undo;
        this.geoparser = geoparser;
        this.permissions = permissions;
    }

    @Override
    public Component panel(long mentionId, Runnable onChange) {
        return new MentionPanel(mentionId, new MentionPanel.Services(mentions, places, corrections, undo, geoparser,
                permissions.mayWrite()), onChange);
    }
}
