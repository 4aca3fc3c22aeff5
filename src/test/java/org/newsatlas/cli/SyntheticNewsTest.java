package org.newsatlas.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsatlas.gazetteer.GazetteerEntry;
import org.newsatlas.places.NewMention;

class SyntheticNewsTest {

    private static final List<GazetteerEntry> ENTRIES = entries();
    private final SyntheticNews news = news();

    @Test
    void every_mention_points_at_its_name_inside_its_sentence() {
        for (long i = 0; i < 200; i++) {
            SyntheticNews.Draft draft = news.article(i);
            String text = draft.article().text();
            for (NewMention mention : draft.mentions()) {
                assertThat(text.substring(mention.start(), mention.end())).isEqualTo(mention.place().name())
                        .isEqualTo(mention.surfaceName());
                assertThat(mention.sentenceStart()).isLessThanOrEqualTo(mention.start());
                assertThat(mention.sentenceEnd()).isGreaterThanOrEqualTo(mention.end());
                assertThat(text.substring(mention.sentenceStart(), mention.sentenceEnd())).endsWith(".");
                assertThat(mention.confidence()).isBetween(0.35, 1.0);
            }
        }
    }

    @Test
    void an_article_is_the_same_on_every_run_and_no_two_texts_are_alike() {
        assertThat(news.article(7)).isEqualTo(news().article(7));
        assertThat(news.article(7)).isNotEqualTo(news.article(8));
        Set<String> texts = new HashSet<>();
        for (long i = 0; i < 500; i++) {
            texts.add(news.article(i).article().text());
        }
        assertThat(texts).hasSize(500);
    }

    @Test
    void articles_have_about_ten_mentions_three_years_of_dates_fifty_sources_and_prominent_places_most() {
        int mentions = 0;
        Set<String> sources = new HashSet<>();
        Map<String, Integer> byPlace = new HashMap<>();
        List<LocalDate> days = new ArrayList<>();
        int articles = 5_000;
        for (long i = 0; i < articles; i++) {
            SyntheticNews.Draft draft = news.article(i);
            mentions += draft.mentions().size();
            sources.add(draft.article().source());
            days.add(draft.article().publishedAt().atOffset(ZoneOffset.UTC).toLocalDate());
            draft.mentions().forEach(m -> byPlace.merge(m.place().name(), 1, Integer::sum));
        }
        assertThat(mentions / (double) articles).isBetween(9.0, 11.0);
        assertThat(sources).hasSize(50);
        assertThat(days).allSatisfy(day -> assertThat(day).isBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)));
        assertThat(days.stream().map(LocalDate::getYear).distinct()).containsExactlyInAnyOrder(2023, 2024, 2025);
        assertThat(byPlace.get("Place 0")).isGreaterThan(byPlace.getOrDefault("Place 50", 0) * 5);
        assertThat(byPlace).containsKeys("District 0", "Mount 0");
    }

    @Test
    void a_place_carries_the_name_of_its_first_order_division() {
        assertThat(news.article(3).mentions()).filteredOn(m -> m.place().featureCode().equals("PPL"))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.admin1Name()).isEqualTo("Province " + m.place().admin1Code()));
    }

    private static SyntheticNews news() {
        return new SyntheticNews(ENTRIES,
                entry -> entry.featureCode().equals("PPL") ? "Province " + entry.admin1Code() : null,
                Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** Cities by falling population, then second-order divisions and mountains (no population). */
    private static List<GazetteerEntry> entries() {
        List<GazetteerEntry> entries = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            entries.add(new GazetteerEntry(1000 + i, "Place " + i, "Place " + i, List.of(), i % 80 - 40, i % 170 - 85,
                    "P", "PPL", "LY", Integer.toString(i % 20), "", 1_000_000 - i));
        }
        for (int i = 0; i < 20; i++) {
            entries.add(new GazetteerEntry(5000 + i, "District " + i, "District " + i, List.of(), 10, 10, "A", "ADM2",
                    "LY", "1", "2", 0));
            entries.add(new GazetteerEntry(6000 + i, "Mount " + i, "Mount " + i, List.of(), 20, 20, "T", "MT", "LY", "1",
                    "", 0));
        }
        return entries;
    }
}
