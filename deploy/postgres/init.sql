-- One database and one owner per service: no service reads another's data.
create user registry with password 'registry';
create database registry owner registry;
create user financing with password 'financing';
create database financing owner financing;
create user awards with password 'awards';
create database awards owner awards;
create user notifications with password 'notifications';
create database notifications owner notifications;
