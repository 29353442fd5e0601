#include "cli_io.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

namespace kbrief::cli {

namespace fs = std::filesystem;

void print_error(std::string_view message) {
  fmt::print(stderr, "kbrief: error: {}\n", message);
}

std::string input_error_message(const std::string& path, const InputError& error) {
  std::string name = path == "-" ? "<stdin>" : path;
  if (error.line > 0)
    return fmt::format("{}:{}:{}: {}", name, error.line, error.column, error.message);
  if (error.kind == InputErrorKind::cannot_open || error.kind == InputErrorKind::cannot_read)
    return fmt::format("{} '{}': {}",
                       error.kind == InputErrorKind::cannot_open ? "cannot open" : "cannot read",
                       name, error.message);
  return fmt::format("{}: {}", name, error.message);
}

void print_input_error(const std::string& path, const InputError& error) {
  print_error(input_error_message(path, error));
}

namespace {

Expected<std::string> read_fd(int fd, InputErrorKind kind_on_error, std::size_t size_hint = 0) {
  std::string data;
  data.reserve(size_hint);
  char buf[1 << 16];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      return InputError{kind_on_error, std::strerror(errno)};
    }
    data.append(buf, static_cast<std::size_t>(n));
  }
  return data;
}

}  // namespace

Expected<std::string> read_input(const std::string& path) {
  if (path == "-") return read_fd(STDIN_FILENO, InputErrorKind::cannot_read);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return InputError{InputErrorKind::cannot_open, std::strerror(errno)};
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    return InputError{InputErrorKind::cannot_open, std::strerror(EISDIR)};
  }
  auto result = read_fd(fd, InputErrorKind::cannot_read,
                        S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0);
  ::close(fd);
  return result;
}

bool write_stdout(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(STDOUT_FILENO, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return false;  // EPIPE or a closed descriptor: stop quietly
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

AtomicFile::~AtomicFile() {
  if (fd_ >= 0) ::close(fd_);
  if (!temporary_.empty()) ::unlink(temporary_.c_str());
}

namespace {

std::string error_text(const std::string& path, int err) {
  return fmt::format("cannot write '{}': {}", path, std::strerror(err));
}

// A hidden name beside the target, free at the time of asking.
std::string temporary_name(const fs::path& target) {
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / fmt::format(".{}.kbrief-XXXXXX", target.filename().string())).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return {};
  ::close(fd);
  ::unlink(tmpl.c_str());
  return tmpl;
}

}  // namespace

std::optional<std::string> AtomicFile::open(const std::string& path) {
  path_ = path;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
#ifdef O_TMPFILE
  // Linux: an unnamed file that gets a name only when it is complete, so not even a kill
  // mid-write leaves anything behind. It is linked through /proc, so that must be there.
  if (::access("/proc/self/fd", X_OK) == 0) {
    fd_ = ::open(dir.c_str(), O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
    if (fd_ >= 0) return std::nullopt;
  }
#endif
  std::string tmpl = (dir / fmt::format(".{}.kbrief-XXXXXX", target.filename().string())).string();
  fd_ = ::mkstemp(tmpl.data());
  if (fd_ < 0) return error_text(path, errno);
  temporary_ = tmpl;
  return std::nullopt;
}

std::optional<std::string> AtomicFile::write(std::string_view data) {
  while (!data.empty()) {
    ssize_t n = ::write(fd_, data.data(), data.size());
    if (n < 0) {
      if (errno == EINTR) continue;
      return error_text(path_, errno);
    }
    data.remove_prefix(static_cast<std::size_t>(n));
  }
  return std::nullopt;
}

std::optional<std::string> AtomicFile::commit() {
  if (::fchmod(fd_, 0644) != 0 || ::fsync(fd_) != 0) return error_text(path_, errno);
  if (temporary_.empty()) {  // unnamed: give it a hidden name first, then the real one
    std::string name = temporary_name(fs::path(path_));
    std::string proc = fmt::format("/proc/self/fd/{}", fd_);
    if (name.empty() ||
        ::linkat(AT_FDCWD, proc.c_str(), AT_FDCWD, name.c_str(), AT_SYMLINK_FOLLOW) != 0)
      return error_text(path_, errno);
    temporary_ = name;
  }
  int closed = ::close(fd_);
  fd_ = -1;
  if (closed != 0 || ::rename(temporary_.c_str(), path_.c_str()) != 0)
    return error_text(path_, errno);
  temporary_.clear();
  return std::nullopt;
}

std::optional<std::string> write_atomically(const std::string& path, std::string_view data) {
  AtomicFile file;
  if (auto err = file.open(path)) return err;
  if (auto err = file.write(data)) return err;
  return file.commit();
}

namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::exists(a, ec) && fs::exists(b, ec) && fs::equivalent(a, b, ec);
}

std::optional<std::string> refuse_overwriting(const std::string& output,
                                              const std::vector<std::string>& inputs) {
  for (const auto& in : inputs)
    if (in != "-" && same_file(in, output))
      return fmt::format("output '{}' is one of the inputs; refusing to overwrite it", output);
  return std::nullopt;
}

}  // namespace

std::optional<std::string> OutputPlan::make(const std::optional<std::string>& output,
                                            const std::vector<std::string>& inputs,
                                            std::string_view extension, OutputPlan& plan) {
  if (!output) {
    plan.mode_ = Mode::stdout_stream;
    return std::nullopt;
  }
  std::error_code ec;
  bool is_dir = fs::is_directory(*output, ec);
  plan.target_ = *output;
  if (!is_dir && inputs.size() == 1) {
    plan.mode_ = Mode::single_file;
    return refuse_overwriting(*output, inputs);
  }
  plan.mode_ = Mode::directory;
  std::set<std::string> seen;
  for (const auto& in : inputs) {
    std::string stem = in == "-" ? "stdin" : fs::path(in).stem().string();
    std::string name = stem + std::string(extension);
    if (!seen.insert(name).second)
      return fmt::format(
          "two inputs would both be written to '{}'; rename one or write them separately",
          (fs::path(*output) / name).string());
    std::string path = (fs::path(*output) / name).string();
    if (auto err = refuse_overwriting(path, inputs)) return err;
    plan.file_names_.push_back(path);
  }
  if (!is_dir && !fs::create_directories(*output, ec) && ec)
    return fmt::format("cannot create output directory '{}': {}", *output, ec.message());
  return std::nullopt;
}

std::optional<std::string> OutputPlan::make_single(const std::optional<std::string>& output,
                                                   const std::vector<std::string>& inputs,
                                                   OutputPlan& plan) {
  if (!output) {
    plan.mode_ = Mode::stdout_stream;
    return std::nullopt;
  }
  std::error_code ec;
  if (fs::is_directory(*output, ec))
    return fmt::format("'{}' is a directory; this output goes to one file", *output);
  plan.mode_ = Mode::single_file;
  plan.target_ = *output;
  return refuse_overwriting(*output, inputs);
}

bool OutputPlan::deliver(std::size_t input_index, std::string_view data, ExitStatus& status) {
  if (mode_ == Mode::stdout_stream) return write_stdout(data);
  if (mode_ == Mode::directory) {
    if (auto err = write_atomically(file_names_[input_index], data)) {
      print_error(*err);
      status.note(kUsage);
    }
    return true;
  }
  if (failed_) return true;
  std::optional<std::string> err;
  if (!file_) {
    file_ = std::make_unique<AtomicFile>();
    err = file_->open(target_);
  }
  if (!err) err = file_->write(data);
  if (err) {
    print_error(*err);
    status.note(kUsage);
    failed_ = true;
  }
  return true;
}

void OutputPlan::finish(ExitStatus& status) {
  if (!file_ || failed_) return;
  if (auto err = file_->commit()) {
    print_error(*err);
    status.note(kUsage);
  }
  file_.reset();
}

void add_decode_options(CLI::App& sub, DecodeOptions& decoding) {
  sub.add_option("--encoding", decoding.encoding,
                 "The inputs' encoding: auto (default: a byte order mark, else UTF-8, else what "
                 "ICU's detector finds with confidence), or a name such as UTF-8, EUC-KR, CP949, "
                 "UTF-16LE")
      ->type_name("NAME")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (is_known_encoding(value)) return {};
            return "unknown encoding '" + value + "' (try UTF-8, EUC-KR, CP949, UTF-16LE)";
          },
          "NAME"));
  sub.add_flag("--lossy", decoding.lossy,
               "Replace invalid byte sequences with U+FFFD (each reported as an invalid-bytes "
               "diagnostic) instead of refusing the file");
}

CLI::Option* add_ref_date_option(CLI::App& sub, std::optional<CivilDate>& ref_date) {
  return sub
      .add_option_function<std::string>(
          "--ref-date", [&ref_date](const std::string& value) { ref_date = parse_iso_date(value); },
          "The writing date that \"올해\", \"지난 7월\" and the like count from, as YYYY-MM-DD "
          "(default: the brief's publication date, else its latest dated citation or past event, "
          "else its copyright year)")
      ->type_name("YYYY-MM-DD")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            if (parse_iso_date(value)) return {};
            return "'" + value + "' is not a date in the form YYYY-MM-DD (e.g. 2024-02-14)";
          },
          "YYYY-MM-DD"));
}

}  // namespace kbrief::cli
