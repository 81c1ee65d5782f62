-- The office dates of a loan's turns, so that the clean-repayment indicator counts as of the program's assessment
-- date (the window's close): a loan disbursed or defaulted after it does not move the figures while the jury works.
-- Rows from before this migration have none: they count as they did (disbursed and defaulted before any date).
alter table loan_standing add column disbursed_on date;
alter table loan_standing add column first_defaulted_on date;
alter table loan_standing add column settled_on date;
comment on column loan_standing.disbursed_on is 'Office date of the first event showing the loan disbursed; null before V4';
comment on column loan_standing.first_defaulted_on is 'Office date the loan first became DEFAULTED; null when never (or before V4)';
comment on column loan_standing.settled_on is 'Office date the loan was SETTLED; null when not (or before V4)';
