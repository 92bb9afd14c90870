const express = require('express');
const knex = require('../db');
const { requireAdmin } = require('../auth');

const router = express.Router();

router.get('/audit', requireAdmin, async (req, res) => {
  const rows = await knex('audit_log').orderBy('created_at', 'desc').limit(200);
  res.json(rows);
});

router.post('/audit/clear', requireAdmin, async (req, res) => {
  await knex('audit_log').del();
  res.status(204).end();
});

module.exports = router;
