const express = require('express');
const knex = require('../db');

const router = express.Router();

router.delete('/drafts/:id', async (req, res) => {
  const deleted = await knex('drafts').where({ id: req.params.id, user_id: req.user.id }).del();
  res.status(deleted ? 204 : 404).end();
});

module.exports = router;
