"""Scale-out: the unchanged Extractor on a dask.distributed cluster of worker processes
gives exactly the single-process result (the recipe of docs/scale-out.md)."""

import pytest

dask = pytest.importorskip("dask", reason="dask not installed (the [dask] extra)")
db = pytest.importorskip("dask.bag", reason="dask.bag not installed (the [dask] extra)")
distributed = pytest.importorskip("dask.distributed", reason="dask.distributed not installed (the [dask] extra)")

import luoyang_nlp  # noqa: E402

N_DOCS = 1200


def corpus():
    """Varied short documents written for this test: sums, qualifiers, ranges, ids, dates."""
    quals = ["", "约", "近", "超过"]
    out = []
    for i in range(N_DOCS):
        text = (f"第{i}号项目计划总投资{quals[i % 4]}{i % 97 + 1}亿元，"
                f"其中设备购置{(i * 7) % 500 + 1}万元。" + ("建设期内另筹3至5亿元。" if i % 5 == 0 else ""))
        item = {"text": text, "id": f"doc-{i}"}
        if i % 3 == 0:
            item["published"] = "2024-10-09"
        out.append(item)
    return out


def extract_partition(items, extractor):
    """Runs on a worker: one Extractor per task, shipped once to each worker."""
    return [doc.to_dict() for doc in extractor.pipe(items)]


def test_dask_bag_on_a_local_cluster_equals_single_process():
    items = corpus()
    ex = luoyang_nlp.Extractor()
    expected = [d.to_dict() for d in ex.pipe(items)]
    assert sum(1 for d in expected for s in d["spans"] if s["label"] == "MONEY") >= 2 * N_DOCS

    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        workers = client.scheduler_info()["workers"]
        assert len(workers) == 2
        ex_on_cluster = dask.delayed(ex)  # one task holds it: serialised once, not per partition
        bag = db.from_sequence(items, npartitions=12)
        got = bag.map_partitions(extract_partition, ex_on_cluster).compute()
        # every worker process took part, and none of them is this process
        pids = client.run(lambda: __import__("os").getpid())
        assert len(set(pids.values())) == 2 and __import__("os").getpid() not in pids.values()

    assert len(got) == N_DOCS
    assert got == expected
    assert [luoyang_nlp.Doc.from_dict(d) for d in got[:5]] == [luoyang_nlp.Doc.from_dict(d) for d in expected[:5]]
