package org.newsatlas.map;

/** Where the map looks: centre and Leaflet zoom level. */
public record MapViewport(double lat, double lon, int zoom) {

    public MapViewport {
        lat = Math.max(-85, Math.min(85, lat));
        lon = Math.max(-180, Math.min(180, lon));
        zoom = Math.max(PlaceMap.MIN_ZOOM, Math.min(PlaceMap.MAX_ZOOM, zoom));
    }
}
