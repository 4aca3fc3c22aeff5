package org.newsatlas.dashboard.api;

import org.newsatlas.postgres.OnPostgres;

/** {@link DashboardEndpointsIT} on PostgreSQL. */
@OnPostgres
class DashboardEndpointsOnPostgresIT extends DashboardEndpointsIT {
}
