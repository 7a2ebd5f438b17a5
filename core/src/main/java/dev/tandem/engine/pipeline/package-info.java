/**
 * The per-request pipeline, in small composable stages chosen by configuration (the way Oryx's
 * rescorers compose): {@link dev.tandem.engine.pipeline.CandidateSource candidate sources} propose
 * items with a {@link dev.tandem.engine.explain.Reason}; {@link
 * dev.tandem.engine.pipeline.CandidateFilter filters} apply the business rules; {@link
 * dev.tandem.engine.pipeline.Rescorer rescorers} adjust or drop scores; {@link
 * dev.tandem.engine.pipeline.Diversifier} picks the final list (MMR over product types, at most N
 * per type); pinned items go first. {@link dev.tandem.engine.pipeline.Pipeline} runs them.
 */
package dev.tandem.engine.pipeline;
