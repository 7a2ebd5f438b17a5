package dev.tandem.recommend.factors;

/** Fitted factor matrices, row-major: row r of {@code users} is {@code users[r*k .. r*k+k)}. */
record AlsFactors(float[] users, float[] items) {}
