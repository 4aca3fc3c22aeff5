package org.newsatlas.dashboard.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link BadFiltersIT} on PostgreSQL. */
@OnPostgres
class BadFiltersOnPostgresIT extends BadFiltersIT {
}
