package org.newsatlas.articles.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.DomEvent;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsatlas.base.ui.MentionTools;
import org.newsatlas.places.PlacedMention;

/**
 * "Add as place" for text a person selects in the reader (mouse, or Shift+arrows): a bar at the
 * bottom of the window names the selection and opens the add panel; Enter over a selection opens
 * it at once. The browser side ({@code text-selection.ts}) sends offsets taken from the text nodes;
 * they are checked here against the stored text, trimmed of blank space, and a selection that
 * overlaps a marked name is refused with a word on which one.
 */
@Tag("text-selection")
@JsModule("./components/text-selection.ts")
class SelectionBar extends Component implements HasComponents {

    /** The article as the reader shows it now: its id, text and mentions. */
    record Shown(long articleId, String text, List<PlacedMention> mentions) {
    }

    private final Supplier<Shown> shown;
    private final Supplier<Optional<MentionTools>> tools;
    private final Runnable onAdded;
    private final Span words = new Span();
    private final Button add = new Button("Add as place…");
    private int start;
    private int end;

    SelectionBar(Supplier<Shown> shown, Supplier<Optional<MentionTools>> tools, Runnable onAdded) {
        this.shown = shown;
        this.tools = tools;
        this.onAdded = onAdded;
        addClassName("selection-bar");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", "Selected text");
        words.addClassName("selection-words");
        words.getElement().setAttribute("aria-live", "polite");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("add-as-place");
        add.addClickListener(click -> openAddPanel());
        Button close = new Button("×", click -> hide());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        close.getElement().setAttribute("aria-label", "Close");
        add(words, add, close);
        // a class, not setVisible: the server ignores the events of an invisible element
        getElement().getClassList().set("shown", false);
        getElement().addEventListener("text-selected", this::selected)
                .addEventData("event.detail.start").addEventData("event.detail.end").addEventData("event.detail.text");
        getElement().addEventListener("text-cleared", event -> hide());
        getElement().addEventListener("add-selection", event -> {
            if (selected(event)) {
                openAddPanel();
            }
        }).addEventData("event.detail.start").addEventData("event.detail.end").addEventData("event.detail.text");
    }

    /** Shows what was selected; whether it can be added as it is. */
    private boolean selected(DomEvent event) {
        int from = (int) event.getEventData().getNumber("event.detail.start");
        int to = (int) event.getEventData().getNumber("event.detail.end");
        String claimed = event.getEventData().getString("event.detail.text");
        return select(from, to, claimed);
    }

    /**
     * A selection of text[from, to), as the browser saw it ({@code claimed}); true when it can be
     * added. Package-private: tests select by offsets as the browser would.
     */
    boolean select(int from, int to, String claimed) {
        Shown now = shown.get();
        getElement().getClassList().set("shown", true);
        add.setVisible(false);
        String text = now.text();
        if (from < 0 || to > text.length() || from >= to || !text.substring(from, to).equals(claimed)) {
            // never expected: the text nodes are the article text; say so rather than add a wrong span
            words.setText("This selection could not be matched to the article text.");
            return false;
        }
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        if (from == to) {
            hide();
            return false;
        }
        String name = text.substring(from, to);
        for (PlacedMention mention : now.mentions()) {
            if (mention.start() < to && from < mention.end()) {
                words.setText("“" + name + "” overlaps the place name “" + mention.name()
                        + "”: click that name to correct it, or select only unmarked text.");
                return false;
            }
        }
        start = from;
        end = to;
        words.setText("“" + name + "”");
        add.setVisible(tools.get().isPresent());
        return add.isVisible();
    }

    /** The add panel in a dialog over the text; after an add the reader redraws and the dialog closes. */
    void openAddPanel() {
        Optional<MentionTools> found = tools.get();
        if (found.isEmpty() || !add.isVisible()) {
            return;
        }
        Dialog dialog = new Dialog();
        dialog.addClassName("add-place-dialog");
        dialog.setHeaderTitle("Add as place");
        dialog.add(found.get().addPanel(shown.get().articleId(), start, end,
                shown.get().text().substring(start, end), () -> {
            dialog.close();
            hide();
            onAdded.run();
        }));
        Button cancel = new Button("Cancel", click -> dialog.close());
        dialog.getFooter().add(cancel);
        dialog.open();
        // the dialog names the selection; the bar would sit over its backdrop
        hide();
    }

    boolean shown() {
        return getElement().getClassList().contains("shown");
    }

    private void hide() {
        getElement().getClassList().set("shown", false);
        add.setVisible(false);
    }
}
