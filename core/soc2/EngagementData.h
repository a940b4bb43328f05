// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Record.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace isoaudit {

class AuditStore;

/// Where a control's testing stands, as the rules, the report's Section IV and the CLI read it (docs/soc2.md).
struct ControlResult
{
    enum class State {
        NotTested, ///< a test, a sample item or (Type 1) the design conclusion has no result yet
        NoExceptions, ///< every test and every sample item passed ("No exceptions noted.")
        Exceptions, ///< a deviation was found in a sample item or a test procedure
        NotOccurring, ///< the population is empty: the control did not operate in the period (never a pass)
    };
    State state = State::NotTested;
    int deviations = 0; ///< sample items with an exception
    int sampled = 0; ///< sample items drawn (all samples of the control)
    int withResult = 0; ///< sample items with a result
    QString stateName() const; ///< "not-tested", "no-exceptions", "exceptions", "not-occurring"
    /// What the workbench calls a state (the matrix, the Testing page's list, the Overview): the test results' own
    /// words for the two that are stored values (ValueLabels), "Not tested" and "Did not occur" for the others.
    static QString label(State state);
};

/// The whole SOC 2 engagement as plain records, read once: for the rules, the report and the CLI to look at
/// without touching SQL. Built by load() from a store, or by hand in tests. Pointers it returns point into its own
/// lists and live as long as it does.
struct EngagementData
{
    Q_DECLARE_TR_FUNCTIONS(EngagementData)

public:
    Record audit;
    Record engagement;
    QList<Record> team;
    QList<Record> controls; ///< by ref
    QList<Record> tests;
    QList<Record> populations;
    QList<Record> samples;
    QList<Record> items;
    QList<Record> exceptions;
    QList<Record> subservices;
    QList<Record> userControls;
    QList<Record> evidence;

    /// Fails when the audit is not a SOC 2 engagement, naming its framework.
    static Result<EngagementData> load(const AuditStore& store);

    bool isType2() const;
    QString leadName() const;
    const Record* control(const QString& ref) const;
    const Record* controlByUuid(const QString& uuid) const;
    QList<const Record*> testsOf(const QString& controlUuid) const;
    QList<const Record*> populationsOf(const QString& controlUuid) const;
    QList<const Record*> samplesOf(const QString& controlUuid) const;
    QList<const Record*> itemsOf(const QString& sampleUuid) const;
    QList<const Record*> exceptionsOf(const QString& controlUuid) const;
    /// The controls mapped to a criterion, by ref.
    QList<const Record*> controlsFor(const QString& criterionId) const;
    /// The criteria in scope that no control addresses, in catalog order.
    QStringList unaddressedCriteria() const;
    /// The criteria the opinion names as not met (the engagement's criteriaNotMet links).
    QStringList criteriaNotMet() const;
    /// Where a control's testing stands. A test procedure without a result of its own is complete when the control has
    /// sample items and all have results (the procedure was performed on the sample); without a sample it needs one.
    ControlResult resultOf(const Record& control) const;

private:
    mutable QHash<QString, QList<const Record*>> m_byParent; // built on first use
    const QList<const Record*>& children(const QList<Record>& list, const QString& parentUuid) const;
};

} // namespace isoaudit
