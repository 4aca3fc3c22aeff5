package org.newsatlas.corrections;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsatlas.articles.ArticleDocument;
import org.newsatlas.articles.ArticleQueries;
import org.newsatlas.places.PlaceRecords;
import org.newsatlas.places.PlacedMention;
import org.newsatlas.places.StoredPlace;
import org.springframework.stereotype.Service;

/**
 * The reviewed articles as gold in the evaluation's JSON Lines format ({@code ../shared/eval}),
 * one article a line, so that {@code evaluate} scores the geoparser on a person's own news.
 * Offsets there are Unicode code points; the stored ones are Java chars (UTF-16).
 */
@Service
public class GoldExport {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ReviewQueue reviews;
    private final ArticleQueries articles;
    private final PlaceRecords places;

    GoldExport(ReviewQueue reviews, ArticleQueries articles, PlaceRecords places) {
        this.reviews = reviews;
        this.articles = articles;
        this.places = places;
    }

    /** Writes one line per reviewed article, in the order they were reviewed; returns how many. */
    public int write(Writer out) throws IOException {
        int written = 0;
        for (long articleId : reviews.reviewedArticles()) {
            var document = articles.document(articleId);
            if (document.isPresent()) {
                out.write(JSON.writeValueAsString(line(document.get())));
                out.write('\n');
                written++;
            }
        }
        out.flush();
        return written;
    }

    private ObjectNode line(ArticleDocument document) {
        String text = document.article().text();
        List<PlacedMention> mentions = document.mentions();
        Map<Long, StoredPlace> byId = new HashMap<>();
        places.places(mentions.stream().map(PlacedMention::placeId).distinct().toList())
                .forEach(place -> byId.put(place.id(), place));
        ObjectNode line = JSON.createObjectNode();
        line.put("id", String.valueOf(document.article().id()));
        line.put("corpus", "NewsAtlas");
        line.put("text", text);
        ArrayNode toponyms = line.putArray("toponyms");
        for (PlacedMention mention : mentions) {
            StoredPlace place = byId.get(mention.placeId());
            ObjectNode toponym = toponyms.addObject();
            toponym.put("start", text.codePointCount(0, mention.start()));
            toponym.put("end", text.codePointCount(0, mention.end()));
            toponym.put("name", text.substring(mention.start(), mention.end()));
            toponym.put("lat", mention.lat());
            toponym.put("lon", mention.lon());
            if (place == null) {
                toponym.putNull("geonameid");
            } else {
                toponym.put("geonameid", place.geonameId());
            }
        }
        return line;
    }
}
