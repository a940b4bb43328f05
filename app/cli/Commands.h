// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliContext.h"

namespace isoaudit::cli {

class Arguments;

int runNew(CliContext& context);
int runInfo(CliContext& context);
int runDemo(CliContext& context);
int runCatalog(CliContext& context);
int runSet(CliContext& context); // AuditCommands.cpp
int runCheck(CliContext& context); // WorkflowCommands.cpp
int runAdvance(CliContext& context);
int runReopen(CliContext& context);
int runCrosscheck(CliContext& context);
int runClassify(CliContext& context);
int runExport(CliContext& context);
int runImportPackage(CliContext& context);
int runGenerate(CliContext& context);
int runExportPdf(CliContext& context); // ReportCommands.cpp
int runExportHtml(CliContext& context);
int runSign(CliContext& context); // SignCommands.cpp
int runVerify(CliContext& context);
int runImportTable(CliContext& context); // ImportCommands.cpp
int runExportTable(CliContext& context);
int runTrail(CliContext& context); // SafetyCommands.cpp
int runBackup(CliContext& context);
int runBackups(CliContext& context);
int runRestore(CliContext& context);
int runNewFrom(CliContext& context, const Arguments& arguments); // CycleCommands.cpp
int runProgramme(CliContext& context);
int runEarlier(CliContext& context);
int runCoverage(CliContext& context);
int runAuditTime(CliContext& context); // AuditTimeCommand.cpp
int runExportPlan(CliContext& context); // PlanCommands.cpp
bool isSoc2Framework(const QString& word); // EngagementCommands.cpp
int runNewEngagement(CliContext& context, const Arguments& arguments);
int runEngagement(CliContext& context);
int runSubservice(CliContext& context);
int runCuec(CliContext& context);
int runPopulation(CliContext& context); // SamplingCommands.cpp
int runSample(CliContext& context);
int runTestResult(CliContext& context);
int runControls(CliContext& context); // ControlCommands.cpp
int runControl(CliContext& context);
int runTestProcedure(CliContext& context);
int runExceptions(CliContext& context); // ExceptionCommands.cpp
int runOpinion(CliContext& context);
int runFork(CliContext& context); // TeamCommands.cpp
int runMerge(CliContext& context);

} // namespace isoaudit::cli
