const express = require('express');
const knex = require('../db');
const { requireAdmin } = require('../auth');

const router = express.Router();

router.get('/audit', requireAdmin, async (req, res) => {
  const rows = await knex('audit_log').orderBy('created_at', 'desc').limit(200);
  res.json(rows);
});

module.exports = router;
