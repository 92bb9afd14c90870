'use strict';

const { Model } = require('objection');
const Knex = require('knex');
const AuditEvent = require('../models/AuditEvent');

async function main() {
  const knex = Knex(require('../knexfile')[process.env.NODE_ENV || 'production']);
  Model.knex(knex);
  const deleted = await AuditEvent.query().delete();
  console.log(`deleted ${deleted} audit events`);
  await knex.destroy();
}

main();
