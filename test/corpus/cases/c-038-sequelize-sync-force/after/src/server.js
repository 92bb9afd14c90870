const express = require('express');
const db = require('./models');

const app = express();
app.use(express.json());
app.use('/api', require('./routes'));

db.sequelize.sync({ force: true }).then(() => {
  app.listen(process.env.PORT || 3000, () => console.log('listening'));
});
