package org.newsatlas.dashboard;

import org.newsatlas.postgres.OnPostgres;

/** {@link DashboardServiceIT} on PostgreSQL. */
@OnPostgres
class DashboardServiceOnPostgresIT extends DashboardServiceIT {
}
