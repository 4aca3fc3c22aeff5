package org.newsatlas.places.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link PlaceApiIT} on PostgreSQL. */
@OnPostgres
class PlaceApiOnPostgresIT extends PlaceApiIT {
}
