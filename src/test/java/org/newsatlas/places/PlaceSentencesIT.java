package org.newsatlas.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.newsatlas.articles.ArticleStore;
import org.newsatlas.articles.NewArticle;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.places.PlaceSentence.Highlight;
import org.springframework.beans.factory.annotation.Autowired;

@NewsAtlasTest
class PlaceSentencesIT {

    private static final GazetteerEntry OASIS = new GazetteerEntry(9_100_001, "Ghadamesia", "Ghadamesia", List.of(),
            30.1, 9.5, "P", "PPL", "LY", "", "", 10_000);
    private static final Instant MONDAY = Instant.parse("2020-07-06T08:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2020-07-07T08:00:00Z");

    @Autowired
    ArticleStore articles;

    @Autowired
    MentionStore mentions;

    @Autowired
    PlaceQueries places;

    @Test
    void the_sentences_of_a_place_come_from_the_latest_ingested_article_first_and_the_higher_id_on_a_tie() {
        long older = store("Older", "Wells dried up. Ghadamesia rationed water.", MONDAY);
        long tuesday = store("Tuesday", "Ghadamesia reopened its market.", TUESDAY);
        long sameTimeLaterId = store("Same time", "Rain fell on Ghadamesia.", TUESDAY);

        List<PlaceSentence> sentences = places.sentences(placeId());

        assertThat(sentences).extracting(PlaceSentence::articleId).containsExactly(sameTimeLaterId, tuesday, older);
        assertThat(sentences.get(2)).isEqualTo(new PlaceSentence(older, "Older", 16, "Ghadamesia rationed water.",
                List.of(new Highlight(0, 10))));
    }

    private long store(String title, String text, Instant ingestedAt) {
        long articleId = articles.add(new NewArticle(title, text, null, null, ingestedAt));
        int start = text.indexOf(OASIS.name());
        int sentenceStart = text.lastIndexOf(". ", start) < 0 ? 0 : text.lastIndexOf(". ", start) + 2;
        mentions.record(articleId, List.of(new NewMention(OASIS, null, start, start + OASIS.name().length(), OASIS.name(),
                sentenceStart, text.length(), 0.9)));
        return articleId;
    }

    private long placeId() {
        return places.mapPlaces().stream().filter(p -> p.name().equals(OASIS.name())).findFirst().orElseThrow().id();
    }
}
