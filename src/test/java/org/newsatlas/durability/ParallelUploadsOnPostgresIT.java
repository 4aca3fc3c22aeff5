package org.newsatlas.durability;

import org.newsatlas.postgres.OnPostgres;

/** {@link ParallelUploadsIT} on PostgreSQL. */
@OnPostgres
class ParallelUploadsOnPostgresIT extends ParallelUploadsIT {
}
