package org.newsatlas.corrections.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;
import org.newsatlas.base.ui.MentionTools;
import org.newsatlas.corrections.AddedMentions;
import org.newsatlas.corrections.CorrectionService;
import org.newsatlas.corrections.Undo;
import org.newsatlas.geoparser.Geoparser;
import org.newsatlas.places.MentionEdits;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.security.Permissions;

/** Offers the reader a correction panel for each mention, and one to add a name it missed. */
@SpringComponent
class MentionCorrections implements MentionTools {

    private final MentionEdits mentions;
    private final PlaceRecords places;
    private final CorrectionService corrections;
    private final Undo undo;
    private final Geoparser geoparser;
    private final Permissions permissions;
    private final AddedMentions added;

    MentionCorrections(MentionEdits mentions, PlaceRecords places, CorrectionService corrections, Undo undo,
                       Geoparser geoparser, Permissions permissions, AddedMentions added) {
        this.added = added;
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

    @Override
    public Component addPanel(long articleId, int start, int end, String name, Runnable onAdded) {
        return new AddPlacePanel(new AddPlacePanel.Target(articleId, start, end, name), added, geoparser,
                permissions.mayWrite(), onAdded);
    }
}
