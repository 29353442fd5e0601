// SPDX-License-Identifier: MIT
// Running a batch: documents are read and processed on N threads, and their results are
// handed over on the calling thread strictly in input order, so the output is the same for
// every N. At most a few documents per thread are in flight or waiting: memory depends on
// the documents being worked on, never on the length of the batch.
#pragma once

#include <condition_variable>
#include <exception>
#include <functional>
#include <map>
#include <mutex>
#include <string>
#include <thread>
#include <variant>
#include <vector>

#include "inputs.h"
#include "kbrief/pipeline.h"

namespace kbrief::cli {

// What processing one input gave, besides the command's own results.
struct Report {
  std::string errors;  // lines for standard error, printed in the input's turn
  int code = kSuccess;
  std::size_t bytes = 0;  // input bytes read, for the progress line
  bool failed = false;    // the input could not be used: no result
};

// An input as read: a text file decoded, or a PDF's text with its lines' geometry.
using InputText = std::variant<DecodedText, PdfText>;
const DecodedText& decoded_of(const InputText& text);

// Reads one input and decodes it, or reads it as a PDF when it starts with %PDF- (a
// record's text is UTF-8 text, whatever --encoding says); on failure, says why in `report`
// (nothing is printed here: messages are printed in input order).
std::optional<InputText> load_text(Input& input, Report& report, const ReadOptions& reading);
// The same, then builds the input's document.
std::optional<Document> load(Input& input, Report& report, const DocumentOptions& options,
                             const ReadOptions& reading);

// The name messages and reports give a loaded input: "<stdin>" for standard input.
std::string shown_name(const Input& input, const Document& doc);

// "files done/total, MB/s, ETA" on standard error, redrawn at most a few times a second;
// only when enabled (a batch, stderr a terminal, no --no-progress).
class Progress {
 public:
  Progress(bool enabled, std::optional<std::size_t> total);
  ~Progress() { clear(); }
  void advance(std::size_t bytes);
  void clear();  // before printing anything else on standard error, and at the end
  // Before a result is written: when standard output is the same terminal, the line goes
  // first, so that output never lands after it.
  void before_output() {
    if (stdout_terminal_) clear();
  }

 private:
  void draw();
  bool enabled_;
  std::optional<std::size_t> total_;
  std::size_t done_ = 0, bytes_ = 0;
  double start_ = 0, last_draw_ = 0;
  bool shown_ = false;
  bool stdout_terminal_ = false;
};

// A batch ready to run: its inputs, and where their results go.
struct Batch {
  std::unique_ptr<InputQueue> queue;
  OutputPlan plan;
};

// Checks the input and output options, lists the inputs and plans the output (-o DIR names
// one file per input, `extension` added; with `one_file`, -o names one file for all). A usage error
// is reported and its exit code returned; problems with single inputs are reported and noted in
// `status`.
std::optional<int> prepare_batch(const InputOptions& inputs,
                                 const std::optional<std::string>& output,
                                 std::string_view extension, Batch& batch, ExitStatus& status,
                                 bool one_file = false);

// Whether a progress line suits this run: several inputs (or records), stderr a terminal.
bool wants_progress(const InputOptions& inputs, std::optional<std::size_t> total);

// Takes the inputs from `queue`, runs `work` on `jobs` threads, and calls `deliver` on the
// calling thread in input order. Errors in each Report are printed in that order and their
// codes noted in `status`. `deliver` returning false ends the batch early (standard output
// closed): the inputs not yet delivered are dropped.
struct BatchCounts {
  std::size_t delivered = 0;  // inputs whose result was delivered
  std::size_t failed = 0;     // inputs that could not be used (reported)
};
template <class Result>
BatchCounts run_batch(InputQueue& queue, unsigned jobs, const InputOptions& options,
                      ExitStatus& status, const std::function<Result(Input&, Report&)>& work,
                      const std::function<bool(const Input&, Result&)>& deliver);

// ----------------------------------------------------------------------------------------

namespace detail {
void print_report(const Report& report, Progress& progress, ExitStatus& status);
// Notes a document that could not be processed at all (memory ran out) in its report.
void report_exception(const Input& input, const std::exception& e, Report& report);

template <class Result>
Result run_work(const std::function<Result(Input&, Report&)>& work, Input& input, Report& report) {
  try {
    return work(input, report);
  } catch (const std::exception& e) {
    report_exception(input, e, report);
    return Result{};
  }
}
}  // namespace detail

template <class Result>
BatchCounts run_batch(InputQueue& queue, unsigned jobs, const InputOptions& options,
                      ExitStatus& status, const std::function<Result(Input&, Report&)>& work,
                      const std::function<bool(const Input&, Result&)>& deliver) {
  Progress progress(wants_progress(options, queue.total()), queue.total());
  BatchCounts counts;
  auto finish = [&](Input& in, Report& report, Result& result) {
    detail::print_report(report, progress, status);
    progress.before_output();
    progress.advance(report.bytes);
    ++(report.failed ? counts.failed : counts.delivered);
    return report.failed || deliver(in, result);
  };
  if (jobs <= 1) {  // no threads for a single job: the plain loop, and the fastest start
    while (std::optional<Input> in = queue.next()) {
      Report report;
      Result result = detail::run_work(work, *in, report);
      if (!finish(*in, report, result)) break;
    }
    return counts;
  }

  struct Done {
    Input input;
    Report report;
    Result result;
  };
  std::mutex mutex;
  std::condition_variable space, ready;
  std::map<std::size_t, Done> done;  // finished, waiting for their turn
  std::size_t taken = 0, delivered = 0;
  bool exhausted = false, stopping = false;
  const std::size_t window = 2 * static_cast<std::size_t>(jobs);

  auto worker = [&] {
    for (;;) {
      std::optional<Input> in;
      {
        std::unique_lock lock(mutex);
        space.wait(lock, [&] { return stopping || exhausted || taken - delivered < window; });
        if (stopping || exhausted) return;
        in = queue.next();
        if (!in) {
          exhausted = true;
          ready.notify_all();
          space.notify_all();
          return;
        }
        ++taken;
      }
      Report report;
      Result result = detail::run_work(work, *in, report);
      std::lock_guard lock(mutex);
      std::size_t index = in->index;
      done.emplace(index, Done{std::move(*in), std::move(report), std::move(result)});
      ready.notify_all();
    }
  };
  std::vector<std::jthread> threads;
  threads.reserve(jobs);
  for (unsigned k = 0; k < jobs; ++k) threads.emplace_back(worker);

  for (;;) {
    std::unique_lock lock(mutex);
    ready.wait(lock, [&] { return done.count(delivered) || (exhausted && delivered == taken); });
    auto it = done.find(delivered);
    if (it == done.end()) break;  // everything delivered
    Done item = std::move(it->second);
    done.erase(it);
    ++delivered;
    space.notify_all();
    lock.unlock();
    if (!finish(item.input, item.report, item.result)) {
      std::lock_guard stop(mutex);
      stopping = true;
      space.notify_all();
      break;
    }
  }
  threads.clear();  // joins; a worker busy with a document finishes it first
  return counts;
}

}  // namespace kbrief::cli
