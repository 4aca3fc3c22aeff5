package org.newsatlas.dashboard.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link PlaceDetailIT} on PostgreSQL. */
@OnPostgres
class PlaceDetailOnPostgresIT extends PlaceDetailIT {
}
