package org.newsatlas.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The snapshot the build wrote into target/classes (exec-maven-plugin, process-classes). */
class BundledSnapshotTest {

    @Test
    void the_bundled_snapshot_is_current_and_answers_like_the_bundled_text_files() {
        GazetteerLoader loader = new GazetteerLoader(GazetteerProperties.defaults());

        InMemoryGazetteer fromSnapshot = loader.loadSnapshot().orElse(null);
        assertThat(fromSnapshot).as("gazetteer/gazetteer.snapshot, written by mvn process-classes").isNotNull();
        InMemoryGazetteer fromText = loader.loadTextFiles();

        assertThat(fromSnapshot.size()).isGreaterThan(200_000);
        SameAnswers.assertSameAnswers(fromText, fromSnapshot,
                SameAnswers.demonymWords(GazetteerLoader.BUNDLED_DIRECTORY + GazetteerLoader.BUNDLED_DEMONYMS));
    }
}
