#pragma once

#include <QDate>
#include <QString>

namespace steward {

class Store;

namespace templates {

// What the seeds give (seed 000 and 004): the three review tiers, the three prohibited uses, the
// five audit fields, the RACI of seed 004, the four governance objects (no owners yet) with the
// cadences the seed names. Runs in one transaction on a store made by Store::create.
void fillSeed(Store& store);

// A plausible mid-sized company on top of the seed: ~20 people, ~10 workspaces, ~15 connectors
// with real-world OAuth scope strings, ~12 skills, requests, incidents, reviews, some overdue
// relative to `today`. Deterministic for a given `today`.
void fillSample(Store& store, const QDate& today);

// Synthetic inventory of about `size` rows across every table (and as many audit rows), the
// same for the same size and seed. Returns the number of inventory rows written.
qint64 fillDemo(Store& store, qint64 size, quint32 seed, const QDate& today);

} // namespace templates
} // namespace steward
