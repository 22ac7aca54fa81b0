/** A layer with no data source at all: no `data`, inline data, `src`, site default or bundled data. */
export class MissingDataError extends Error {}
