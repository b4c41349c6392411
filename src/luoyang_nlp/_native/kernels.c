/* Compiled inner loops of the statistical NER model (entities/model.py).
 *
 * Plain C99 with no Python API: the build hook (hatch_build.py) compiles it into a shared
 * library that entities/kernels.py loads with ctypes. Each function computes exactly what
 * the numpy code beside it computes (the same float32 sums in the same order, the same
 * tie-breaking), so the model's output does not depend on whether the library was built;
 * tests/test_kernels.py compares the two.
 */
#include <stdint.h>
#include <string.h>

#define EMPTY UINT64_C(0xFFFFFFFFFFFFFFFF)
#define C1 UINT64_C(0x9E3779B97F4A7C15)
#define BASE UINT64_C(1000003)

/* Value of key q in the open-addressing table (HashIndex), or dflt when absent. */
static inline int32_t probe(uint64_t q, const uint64_t *keys, const int8_t *vals8, const int32_t *vals32,
                            uint64_t mask, int shift, int64_t depth, int32_t dflt) {
    if (q == EMPTY) return dflt;
    uint64_t s = (q * C1) >> shift;
    for (int64_t d = 0; d <= depth; d++) {
        uint64_t k = keys[s];
        if (k == q) return vals8 ? (int32_t)vals8[s] : vals32[s];
        if (k == EMPTY) return dflt;
        s = (s + 1) & mask;
    }
    return dflt;
}

/* Dictionary code of every position of cp (Words.codes_cp): B/M/E and class of the longest
 * word covering it, ties to the later start. best[] is scratch of n int64. */
void word_codes(const int64_t *cp, int64_t n, const uint64_t *keys, const int8_t *vals, uint64_t mask,
                int shift, int64_t depth, int64_t maxlen, int32_t prefix_flag, int64_t *out, int64_t *best) {
    for (int64_t i = 0; i < n; i++) { out[i] = 0; best[i] = -1; }
    for (int64_t i = 0; i + 1 < n; i++) {
        uint64_t h = (uint64_t)(cp[i] + 1);
        for (int64_t L = 2; L <= maxlen && i + L <= n; L++) {
            h = h * BASE + (uint64_t)(cp[i + L - 1] + 1);
            int32_t v = probe(h, keys, vals, NULL, mask, shift, depth, 0);
            int32_t cls = v & 15;
            if (cls) {
                int64_t rank = L * (n + 1) + i;  /* longer wins, then the later start */
                for (int64_t k = 0; k < L; k++) {
                    if (rank > best[i + k]) {
                        best[i + k] = rank;
                        out[i + k] = 1 + 3 * (cls - 1) + (k == 0 ? 0 : (k == L - 1 ? 2 : 1));
                    }
                }
            }
            if (!(v & prefix_flag)) break;
        }
    }
}

/* Best tag path of each chunk (NERModel._viterbi): em is (n, K) float32, trans (K, K) from ->
 * to; chunk c covers em rows starts[c] .. starts[c] + lens[c] - 1. Positions outside every
 * chunk keep tag 0. score is scratch of (max len) * K floats. Ties go to the lowest tag,
 * as numpy's argmax. */
void viterbi(const float *em, int64_t K, const int64_t *starts, const int64_t *lens, int64_t nchunks,
             const float *trans, int64_t *tags, float *score) {
    for (int64_t c = 0; c < nchunks; c++) {
        const int64_t s0 = starts[c], T = lens[c];
        if (T <= 0) continue;
        const float *e = em + s0 * K;
        memcpy(score, e, (size_t)K * sizeof(float));
        for (int64_t t = 1; t < T; t++) {
            const float *prev = score + (t - 1) * K;
            float *cur = score + t * K;
            for (int64_t j = 0; j < K; j++) {
                float m = prev[0] + trans[j];
                for (int64_t i = 1; i < K; i++) {
                    float v = prev[i] + trans[i * K + j];
                    if (v > m) m = v;
                }
                cur[j] = m + e[t * K + j];
            }
        }
        const float *last = score + (T - 1) * K;
        int64_t tag = 0;
        for (int64_t j = 1; j < K; j++)
            if (last[j] > last[tag]) tag = j;
        tags[s0 + T - 1] = tag;
        for (int64_t t = T - 1; t > 0; t--) {
            const float *prev = score + (t - 1) * K;
            int64_t arg = 0;
            float m = prev[0] + trans[tag];
            for (int64_t i = 1; i < K; i++) {
                float v = prev[i] + trans[i * K + tag];
                if (v > m) { m = v; arg = i; }
            }
            tag = arg;
            tags[s0 + t - 1] = tag;
        }
    }
}

/* Emission scores (the last step of NERModel._emissions): out[p] = sum over f, in order, of
 * the table row idx[f][p] (K float32 each); idx is (nf, n). */
void gather_sum(const float *table, int64_t K, const int64_t *idx, int64_t nf, int64_t n, float *out) {
    for (int64_t p = 0; p < n; p++) {
        float *o = out + p * K;
        const float *r = table + idx[p] * K;
        for (int64_t k = 0; k < K; k++) o[k] = r[k];
        for (int64_t f = 1; f < nf; f++) {
            r = table + idx[f * n + p] * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
    }
}

/* Emission scores of every position (NERModel._emissions for templates held in one merged
 * hash index): out[p] = table[1] (bias) + the rows of the keyed templates + the unigram,
 * bigram and dictionary windows, added in that order (numpy's order, so the same float32
 * sums). qkeys (m, n) are the tagged keys of the m merged templates, looked up in the index
 * (hkeys, hvals); a missing key takes dflt[w]. keyed[c] (c < nk) names the templates added
 * as columns; template bi supplies the bigram rows. urow[p] is the unigram row base of p.
 * Windows are added only where all of them are inside (pad .. n - pad). rows is scratch (m, n). */
void emissions(const float *table, int64_t K, int64_t n, int64_t pad,
               const int64_t *qkeys, int64_t m, const int64_t *dflt,
               const uint64_t *hkeys, const int32_t *hvals, uint64_t mask, int shift, int64_t depth,
               const int64_t *keyed, int64_t nk, int64_t bi,
               const int64_t *urow, int64_t nu, int64_t u0,
               int64_t nb, int64_t b0,
               const int64_t *dc, int64_t d_base, int64_t nd, int64_t d0,
               int64_t *rows, float *out) {
    for (int64_t w = 0; w < m; w++)
        for (int64_t p = 0; p < n; p++)
            rows[w * n + p] = probe((uint64_t)qkeys[w * n + p], hkeys, NULL, hvals, mask, shift, depth, -1);
    for (int64_t w = 0; w < m; w++)
        for (int64_t p = 0; p < n; p++)
            if (rows[w * n + p] < 0) rows[w * n + p] = dflt[w];
    const int64_t *brow = rows + bi * n;
    for (int64_t p = 0; p < n; p++) {
        float *o = out + p * K;
        const float *r = table + K;  /* row 1: the bias */
        for (int64_t k = 0; k < K; k++) o[k] = r[k];
        for (int64_t c = 0; c < nk; c++) {
            r = table + rows[keyed[c] * n + p] * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        if (p < pad || p >= n - pad) continue;
        for (int64_t j = 0; j < nu; j++) {
            r = table + (urow[p + u0 + j] + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        for (int64_t j = 0; j < nb; j++) {
            r = table + (brow[p + b0 + j] + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
        for (int64_t j = 0; j < nd; j++) {
            r = table + (dc[p + d0 + j] * nd + d_base + j) * K;
            for (int64_t k = 0; k < K; k++) o[k] += r[k];
        }
    }
}
