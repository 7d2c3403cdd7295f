#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <memory>
#include <utility>

namespace aipex {

// Runs `work` on the global thread pool and hands its result to `done` on `context`'s
// thread. `done` is not called once `context` is gone: the watcher that would call it goes
// with it. For file planning, diffs and writes that must not hold up a window; Qt Core
// only (no QtConcurrent). `work` must not touch `context` or any other object of its thread.
template<typename Result, typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() {
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            done(watcher->future().result());
    });
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace aipex
