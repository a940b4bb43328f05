// SPDX-License-Identifier: GPL-3.0-or-later
#include "Commands.h"

namespace isoaudit::cli {

const QList<Command>& commands()
{
    static const QList<Command> all = {
        {"new",
         "new FILE --client NAME --type TYPE --lead NAME [--scope TEXT] [--start YYYY-MM-DD --end YYYY-MM-DD]\n"
         "    | new NEXT --from PREVIOUS --type stage2|surveillance|recertification|special [--start D --end D] "
         "[--lead NAME] [--signed-report PREVIOUS.pdf]\n"
         "    | new FILE --framework soc2 --type type1|type2 --org NAME --lead NAME (--period-start D --period-end D | "
         "--as-of D) [--system NAME] [--auditor-firm NAME] [--categories security,availability,...]",
         runNew},
        {"engagement",
         "engagement FILE [--format text|json] [--systemName TEXT] [--periodEnd D] ... (any engagement "
         "field by its package name but the opinion)",
         runEngagement},
        {"subservice",
         "subservice FILE [--name NAME [--services TEXT] [--method carve-out|inclusive] [--csocs TEXT] "
         "[--criteria IDS] | --remove NAME]",
         runSubservice},
        {"cuec", "cuec FILE [--description TEXT [--ref REF] [--criteria IDS] | --remove REF]", runCuec},
        {"controls",
         "controls FILE [--format text|json] | --import TABLE [--sheet NAME] [--mapping MAP.json] [--dry-run] | --map "
         "CTRL CRITERION... | --unmap CTRL CRITERION...",
         runControls},
        {"control",
         "control FILE --ref REF [--criteria IDS] [--title TEXT] [--frequency F] [--keyControl yes|no] "
         "[--design suitably-designed|not-suitably-designed] ... (any control field by its package name)",
         runControl},
        {"test-procedure",
         "test-procedure FILE --control REF --method inquiry|observation|inspection|reperformance [--attributes TEXT] "
         "[--description TEXT] [--result no-exceptions|exceptions] [--resultNote TEXT] [--by NAME] [--on D] | "
         "test-procedure FILE --list [--control REF] [--format text|json]",
         runTestProcedure},
        {"exceptions",
         "exceptions FILE [--format text|json] | --control REF [--nature TEXT] [--cause TEXT] [--pattern "
         "isolated|systematic] [--managementResponse TEXT] [--compensatingControls TEXT] [--effect TEXT] "
         "[--criteria IDS] | --control REF --remove",
         runExceptions},
        {"opinion",
         "opinion FILE [--format text|json] | --opinion unmodified|qualified|adverse|disclaimer [--basis TEXT] "
         "[--not-met IDS]",
         runOpinion},
        {"info", "info FILE", runInfo},
        {"demo",
         "demo FILE [--soc2]   (a fresh copy of the ISO/IEC 27001 Stage 2 demo audit, or the SOC 2 Type 2 demo)",
         runDemo},
        {"catalog", "catalog [--framework iso27001-2022|soc2-2017] [--format tsv|json]", runCatalog},
        {"set",
         "set FILE [--recommendation OUTCOME] [--recommendationRationale TEXT] [--clientAddress TEXT] ... (any audit "
         "field by its package name; \"\" clears it)",
         runSet},
        {"programme",
         "programme FILE [--format text|json] [--certificateNumber TEXT] [--decisionDate YYYY-MM-DD] ... (any "
         "programme field by its package name) [--plan-cycle]",
         runProgramme},
        {"earlier",
         "earlier FILE [--format text|json] | earlier FILE --ref REF --verdict effective|not-effective|still-open "
         "[--note TEXT] [--by NAME] [--on YYYY-MM-DD]",
         runEarlier},
        {"coverage", "coverage FILE [--format text|json] [--apply-proposal]", runCoverage},
        {"check", "check FILE --for fieldwork|reporting|signed [--format text|json]", runCheck},
        {"advance", "advance FILE --to fieldwork|reporting   (an audit becomes signed with `sign`)", runAdvance},
        {"reopen", "reopen FILE --reason TEXT [--by NAME]", runReopen},
        {"crosscheck",
         "crosscheck FILE [--format text|json] | --raise KEY [--grade G] [--ref REF] | --dismiss KEY --reason TEXT | "
         "--undismiss KEY [--by NAME]",
         runCrosscheck},
        {"classify",
         "classify --absent|--undocumented|--systemic|--isolated [--failed N --sampled M] [--capability-in-doubt] "
         "[--policy-failure-rate PERCENT [--policy-min-failures N]] [--finding FILE REF] [--format text|json]",
         runClassify},
        {"audit-time",
         "audit-time --persons N [--fte-part-time N] [--same-work N[,N...]] [--business low|medium|high "
         "--business-reason TEXT] [--it low|medium|high --it-reason TEXT] [--outsourcing PCT --outsourcing-reason "
         "TEXT] [--multi-site PCT --multi-site-reason TEXT [--sites-sampled N]] "
         "[--type stage1|stage2|surveillance|recertification|special] [--chart FILE] [--format text|json]",
         runAuditTime},
        {"export", "export FILE -o PACKAGE.json [--encrypt [--pass-env VAR]]", runExport},
        {"import-package", "import-package FILE PACKAGE.json [--replace] [--pass-env VAR]", runImportPackage},
        {"repo",
         "repo init --db URL | repo push FILE [--db URL] [--team NAME] [--prefer mine|theirs] [--release] [--format "
         "text|json] | repo pull AUDIT-ID -o FILE --db URL | repo list --db URL [--client TEXT] [--lead TEXT] "
         "[--state STATE] [--team NAME] [--due-before YYYY-MM-DD] [--format text|json] | repo status FILE [--db URL]  "
         " (each with [--password-env VAR]; docs/repository.md)",
         runRepo},
        {"generate",
         "generate FILE --risks N --interviews N --findings N --evidence N [--attachments-mb N] [--seed N] "
         "[--client NAME]",
         runGenerate},
        {"export-pdf",
         "export-pdf FILE -o REPORT.pdf [--paper a4|letter] [--lang CODE] [--body NAME [--body-address "
         "TEXT] [--body-accreditation TEXT]] [--body-wording]",
         runExportPdf},
        {"export-html", "export-html FILE -o REPORT.html [--lang CODE] [--body NAME ...]", runExportHtml},
        {"export-plan", "export-plan FILE -o PLAN.pdf [--paper a4|letter] [--lang CODE] [--body NAME]", runExportPlan},
        {"sign",
         "sign FILE -o REPORT.pdf --p12 CERT.p12 --pass-env VAR [--paper a4|letter] [--lang CODE] [--reason TEXT] "
         "[--location TEXT] [--stamp] [--add-to SIGNED.pdf] [--body NAME ...]",
         runSign},
        {"verify", "verify REPORT.pdf [--audit FILE] [--ca CA.pem]", runVerify},
        {"import",
         "import FILE --risks|--soa|--findings TABLE.csv|TABLE.xlsx [--sheet NAME] [--mapping MAP.json] "
         "[--save-mapping MAP.json] [--dry-run]",
         runImportTable},
        {"export-table", "export-table FILE --what risks|soa|findings|actions|controls -o OUT.xlsx|OUT.csv",
         runExportTable},
        {"trail", "trail FILE [--verify] [--record UUID]", runTrail},
        {"fork", "fork FILE -o COPY.isoaudit --member NAME", runFork},
        {"merge",
         "merge FILE COPY.isoaudit [--dry-run] [--format text|json] [--prefer mine|theirs] [--resolve CHOICES.json]",
         runMerge},
        {"backup", "backup FILE [--folder DIR] [--keep N]", runBackup},
        {"backups", "backups FILE [--folder DIR]", runBackups},
        {"restore", "restore FILE BACKUP [--folder DIR]", runRestore},
        {"population",
         "population FILE --control REF [--import TABLE [--sheet NAME] [--id-column NAME --date-column NAME] "
         "[--date-format FORMAT] [--outside flag|refuse] [--name TEXT] | --completenessAccuracy TEXT --caCheckedBy "
         "NAME "
         "--caCheckedOn DATE | --verify] [--population NAME]",
         runPopulation},
        {"sample",
         "sample FILE --control REF [--population NAME] [--seed N] [--size N --reason TEXT] [--policy FIRM.json] [--by "
         "NAME] | --replace ID "
         "--reason TEXT | --redraw-check | --remove",
         runSample},
        {"test-result",
         "test-result FILE --control REF --item ID --result pass|exception [--note TEXT] [--by NAME] [--on DATE] "
         "[--evidence UUID,...]",
         runTestResult},
    };
    return all;
}

} // namespace isoaudit::cli
