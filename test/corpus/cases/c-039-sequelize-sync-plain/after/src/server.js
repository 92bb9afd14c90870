const express = require('express');
const db = require('./models');

const app = express();
app.use(express.json());

db.sequelize.sync().then(() => {
  app.listen(process.env.PORT || 3000);
});
