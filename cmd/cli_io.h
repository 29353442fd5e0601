// SPDX-License-Identifier: MIT
// What every subcommand shares: reading inputs ("-" is standard input), reporting errors
// in one format, writing outputs atomically, and working out the exit code of a batch.
#pragma once

#include <sys/types.h>

#include <CLI/CLI.hpp>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/decode.h"
#include "kbrief/document.h"
#include "kbrief/pdf.h"

namespace kbrief::cli {

// Exit codes, as the README's "Exit codes" table documents them.
enum ExitCode : int {
  kSuccess = 0,
  kFindings = 1,   // check: findings at or above --fail-on
  kUsage = 2,      // usage error, unreadable input, unwritable output
  kBadInput = 3,   // input read but unusable: invalid bytes, binary
  kInternal = 70,  // a fault of kbrief's own (sysexits' EX_SOFTWARE): please report it
};

// The exit status of a batch: the highest code any file earned (3 over 2 over 1 over 0).
class ExitStatus {
 public:
  void note(int code) { code_ = std::max(code_, code); }
  int value() const { return code_; }

 private:
  int code_ = kSuccess;
};

// The exit code an input error earns: what cannot be opened or read, and an
// encoding name nobody knows (a usage error), are 2; input read but unusable is 3.
int exit_code_of(const InputError& error);

// How messages and reports name an input path: "<stdin>" for "-", else the path as given.
std::string shown_path(std::string_view path);

// "kbrief: error: <message>" on stderr.
void print_error(std::string_view message);
// An input error, with the file and the position when there is one:
//   kbrief: error: cannot open 'x.txt': No such file or directory
//   kbrief: error: bad.txt:2:5: invalid UTF-8 byte 0xFF
void print_input_error(const std::string& path, const InputError& error);
// The same message, without the "kbrief: error: " prefix.
std::string input_error_message(const std::string& path, const InputError& error);

// Reads a whole input; "-" reads standard input. With `text` (a document, not a list of
// names), reading stops with an error past text->max_bytes, or as soon as the first chunk
// shows a binary file.
Expected<std::string> read_input(const std::string& path, const DecodeOptions* text = nullptr);

// The largest document read unless --max-size says otherwise: briefs are kilobytes, an
// archive of thousands of them in one file a few hundred megabytes.
constexpr std::size_t kDefaultMaxSize = std::size_t{1} << 30;

// How a subcommand reads its inputs: a text file's decoding, and a PDF's password.
struct ReadOptions : DecodeOptions {
  PdfOptions pdf;
};

// --encoding NAME|auto, --max-size, --lossy and --password, shared by every subcommand that
// reads briefs.
void add_decode_options(CLI::App& sub, ReadOptions& decoding);

// --ref-date YYYY-MM-DD, checked while parsing: anything else is a usage error (exit 2).
CLI::Option* add_ref_date_option(CLI::App& sub, std::optional<CivilDate>& ref_date);

// A file written whole or not at all: the data goes to a temporary file beside the target
// (unnamed where the system allows), which replaces the target only on commit(). Dropped
// without commit(), it leaves nothing behind and the old target untouched. A symbolic link's
// target is the file replaced; a device, FIFO or terminal is written into as a plain open
// would, never replaced.
class AtomicFile {
 public:
  AtomicFile() = default;
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;
  ~AtomicFile();
  // Each returns an error message ("cannot write 'x': ...") or nothing.
  std::optional<std::string> open(const std::string& path);
  std::optional<std::string> write(std::string_view data);
  std::optional<std::string> commit();

 private:
  std::string path_;       // the target, its symbolic links followed
  std::string temporary_;  // the temporary file's name, once it has one
  int fd_ = -1;
  mode_t mode_ = 0644;     // the mode the file gets: the replaced file's, else the umask's
  bool in_place_ = false;  // a device, FIFO or terminal: written into, never replaced
};

// Where a subcommand's results go: standard output (documents one after another), one
// file (-o FILE), or a directory (-o DIR: one file per input, named after it with
// `extension`).
class OutputPlan {
 public:
  // Checks the plan before anything is read or written: clashing output names and outputs
  // that would overwrite an input are usage errors. Returns an error message or nothing.
  static std::optional<std::string> make(const std::optional<std::string>& output,
                                         const std::vector<std::string>& inputs,
                                         std::string_view extension, OutputPlan& plan);
  // Every document's output into one place (standard output, or -o FILE): for inputs
  // that are not known in advance, such as JSON Lines records.
  static std::optional<std::string> make_single(const std::optional<std::string>& output,
                                                const std::vector<std::string>& inputs,
                                                OutputPlan& plan);
  // Delivers one document's output. Returns false when standard output is closed (the run
  // should end quietly). A file that cannot be written is reported and its code noted.
  bool deliver(std::size_t input_index, std::string_view data, ExitStatus& status);
  // Puts -o FILE in place once everything is delivered (nothing was delivered: no file).
  void finish(ExitStatus& status);
  bool to_stdout() const { return mode_ == Mode::stdout_stream; }
  // Whether every document goes to the same place (standard output or -o FILE), so that
  // one document's output may be delivered in several pieces.
  bool one_stream() const { return mode_ != Mode::directory; }

 private:
  enum class Mode { stdout_stream, single_file, directory };
  Mode mode_ = Mode::stdout_stream;
  std::string target_;
  std::vector<std::string> file_names_;  // per input, in directory mode
  std::unique_ptr<AtomicFile> file_;     // -o FILE, while it is being written
  bool failed_ = false;
};

// An error message when `output` is one of the regular files `inputs` name ("-": the file
// standard input reads), compared by device and inode.
std::optional<std::string> refuse_overwriting(const std::string& output,
                                              const std::vector<std::string>& inputs);

// Reads the process's umask, which output files honour; called once before threads start.
void read_umask();

// Writes `data` to `path` as an AtomicFile: an existing file is kept until the new one is
// complete. Returns an error message on failure.
std::optional<std::string> write_atomically(const std::string& path, std::string_view data);

// Writes to standard output; false once it is closed (EPIPE: the reader went away, a quiet
// end) or failed (any other error, such as a full disk: reported once on stderr).
bool write_stdout(std::string_view data);

// Closes standard output at the end of a run; returns kUsage when a write or the close
// failed with an error other than a closed pipe, else kSuccess.
int finish_stdout();

}  // namespace kbrief::cli
