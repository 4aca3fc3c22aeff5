package org.newsatlas.dashboard.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link ExportsIT} on PostgreSQL. */
@OnPostgres
class ExportsOnPostgresIT extends ExportsIT {
}
