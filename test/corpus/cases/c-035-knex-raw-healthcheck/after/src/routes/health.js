const express = require('express');
const { knex } = require('../db');

const router = express.Router();

router.get('/healthz', async (_req, res) => {
  await knex.raw('SELECT 1');
  res.json({ ok: true });
});

module.exports = router;
