// SPDX-License-Identifier: GPL-3.0-or-later
// `export-pdf` and `export-html`: the audit report (core/report).
#include "Arguments.h"
#include "CertificationBodyArgs.h"
#include "Commands.h"

#include "report/ReportRenderer.h"
#include "storage/AuditStore.h"
#include "workflow/Lifecycle.h"

#include <QFileInfo>
#include <QSaveFile>

namespace isoaudit::cli {

namespace {

/// Writes through QSaveFile, so a failed export never leaves a half-written file in place of an old one.
int writeFile(CliContext& c, const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return c.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    if (file.write(bytes) != bytes.size() || !file.commit())
        return c.fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return 0;
}

struct ReportRequest
{
    std::unique_ptr<AuditStore> store;
    ReportOptions options;
    QString output;
};

/// Reads FILE -o OUT [--paper] [--lang]; returns nullopt (after printing why) on bad usage.
std::optional<ReportRequest> readRequest(CliContext& c, const QString& usage, bool paper, int* code)
{
    QStringList options{QStringLiteral("output"), QStringLiteral("lang")};
    options << certificationBodyOptions();
    if (paper)
        options << QStringLiteral("paper");
    Arguments a(c.args, options, certificationBodyFlags());
    *code = 2;
    if (!a.ok()) {
        c.fail(a.error());
        return std::nullopt;
    }
    if (a.positional().size() != 1 || !a.has(QStringLiteral("output"))) {
        c.fail(QStringLiteral("usage: isoaudit-cli %1").arg(usage));
        return std::nullopt;
    }
    ReportRequest request;
    request.output = a.value(QStringLiteral("output"));
    const QString paperName = a.value(QStringLiteral("paper"), QStringLiteral("a4")).toLower();
    if (paperName == QLatin1String("letter"))
        request.options.paper = QPageSize::Letter;
    else if (paperName != QLatin1String("a4")) {
        c.fail(QStringLiteral("--paper must be a4 or letter, not \"%1\"").arg(a.value(QStringLiteral("paper"))));
        return std::nullopt;
    }
    request.options.language = a.value(QStringLiteral("lang"), QStringLiteral("en"));
    applyCertificationBody(a, request.options);
    if (Status checked = ReportRenderer::checkOptions(request.options); !checked) {
        c.fail(checked.error());
        return std::nullopt;
    }
    const QString input = a.positional().first();
    if (QFileInfo(input).canonicalFilePath() == QFileInfo(request.output).canonicalFilePath()
        && QFileInfo::exists(request.output)) {
        c.fail(QStringLiteral("the report would overwrite the audit file %1").arg(input));
        return std::nullopt;
    }
    auto store = Lifecycle::open(input, AuditDatabase::Mode::ReadOnly);
    if (!store) {
        c.fail(store.error());
        return std::nullopt;
    }
    request.store = std::move(store.value());
    *code = 0;
    return request;
}

} // namespace

int runExportPdf(CliContext& c)
{
    int code = 0;
    auto request = readRequest(c, QStringLiteral("export-pdf FILE -o REPORT.pdf [--paper a4|letter] [--lang CODE]"),
                               true, &code);
    if (!request)
        return code;
    auto pdf = ReportRenderer::renderPdf(*request->store, request->options);
    if (!pdf)
        return c.fail(pdf.error());
    if (const int written = writeFile(c, request->output, pdf.value()); written != 0)
        return written;
    c.out << "wrote " << request->output << Qt::endl;
    return 0;
}

int runExportHtml(CliContext& c)
{
    int code = 0;
    auto request = readRequest(c, QStringLiteral("export-html FILE -o REPORT.html [--lang CODE]"), false, &code);
    if (!request)
        return code;
    auto html = ReportRenderer::renderHtml(*request->store, request->options);
    if (!html)
        return c.fail(html.error());
    if (const int written = writeFile(c, request->output, html.value().toUtf8()); written != 0)
        return written;
    c.out << "wrote " << request->output << Qt::endl;
    return 0;
}

} // namespace isoaudit::cli
