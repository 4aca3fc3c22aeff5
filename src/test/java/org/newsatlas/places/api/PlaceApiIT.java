package org.newsatlas.places.api;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.newsatlas.NewsAtlasTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@NewsAtlasTest
@AutoConfigureMockMvc
class PlaceApiIT {

    @Autowired
    MockMvc mvc;

    @Test
    void places_are_a_geojson_feature_collection_of_points_in_lon_lat_order() throws Exception {
        mvc.perform(get("/api/places"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type", is("FeatureCollection")))
                .andExpect(jsonPath("$.features[*].type", everyItem(is("Feature"))))
                .andExpect(jsonPath("$.features[*].geometry.type", everyItem(is("Point"))))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Tripoli')].geometry.coordinates[0]", hasItem(13.18733)))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Tripoli')].geometry.coordinates[1]", hasItem(32.88743)))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Libya')].properties.country", hasItem("Libya")))
                .andExpect(jsonPath("$.features[?(@.properties.name == 'Libya')].properties.featureCode", hasItem("PCLI")))
                .andExpect(jsonPath("$.features[*].properties.mentionCount", everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.features[*].properties.articleCount", everyItem(greaterThan(0))))
                .andExpect(jsonPath("$.features[*].properties.id", everyItem(greaterThan(0))));
    }
}
